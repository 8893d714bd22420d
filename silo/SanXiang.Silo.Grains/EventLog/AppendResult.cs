using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// The outcome of one append: the events as stored (durably, once this exists), or a conflict —
/// the case had moved past the writer's expected sequence and nothing was written.
/// </summary>
/// <param name="LastSequence">The case's last sequence number after the append, or the current one on a conflict.</param>
public sealed record AppendResult(bool Succeeded, long LastSequence, IReadOnlyList<StoredEvent> Events)
{
    public static AppendResult Conflict(long currentSequence) => new(false, currentSequence, []);
}
