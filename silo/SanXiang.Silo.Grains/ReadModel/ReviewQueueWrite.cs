using SanXiang.Domain.Cases.Review;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>A case's row of the review queue to write with its events: the entry, or null to take the case out of the queue.</summary>
public sealed record ReviewQueueWrite(string TenantId, string CaseId, ReviewQueueEntry? Entry)
{
    /// <summary>The write that turns <paramref name="before"/>'s row into <paramref name="after"/>'s, or null when the row stays as it is.</summary>
    public static ReviewQueueWrite? Since(string tenantId, string caseId, ReviewQueueEntry? before, ReviewQueueEntry? after) =>
        before == after ? null : new ReviewQueueWrite(tenantId, caseId, after);
}
