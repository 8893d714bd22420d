using SanXiang.Domain.Supervision;

namespace SanXiang.Web.Supervision;

/// <summary>An evaluator's result for one sampled case file: the veto items it fails and the points of each item.</summary>
public sealed record ScoreCaseFileRequest(
    string CaseTenantId,
    string CaseId,
    IReadOnlyList<string> FailedVetoIds,
    IReadOnlyList<ItemScore> Scores,
    string? Note);
