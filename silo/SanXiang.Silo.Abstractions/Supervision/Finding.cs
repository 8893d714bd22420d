using SanXiang.Domain.Supervision;

namespace SanXiang.Silo.Supervision;

/// <summary>
/// A 监督线索: what a problem model found in one agency's live data, with its stable id (<see cref="FindingIds"/>), the
/// model's name and the rule it cites, the subject it points at (a case, an officer on a case, a ledger) and the evidence
/// in Chinese; what a supervisor decided, if anything: a dismissal (忽略) or a conversion into a rectification task.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Finding(
    [property: Id(0)] string Id,
    [property: Id(1)] string ModelId,
    [property: Id(2)] string ModelName,
    [property: Id(3)] string Basis,
    [property: Id(4)] string TenantId,
    [property: Id(5)] string AgencyName,
    [property: Id(6)] FindingSubject Subject,
    [property: Id(7)] string? CaseId,
    [property: Id(8)] string? OfficerId,
    [property: Id(9)] string Evidence,
    [property: Id(10)] FindingDismissal? Dismissal,
    [property: Id(11)] FindingConversion? Conversion = null)
{
    public FindingState State => Conversion is not null ? FindingState.Converted : Dismissal is not null ? FindingState.Dismissed : FindingState.Open;
}
