using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <summary>
/// A case as its events make it. <paramref name="Title"/> is the 案由; <paramref name="CurrentStepId"/> the
/// first step neither completed nor skipped (null once closed); <paramref name="LastSequence"/> the number of
/// the case's last event.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Tenant,
    [property: Id(2)] string Title,
    [property: Id(3)] EnforcementCategory Category,
    [property: Id(4)] CaseParty Party,
    [property: Id(5)] bool Simplified,
    [property: Id(6)] decimal? ProposedFine,
    [property: Id(7)] CaseStatus Status,
    [property: Id(8)] DateTimeOffset OpenedAt,
    [property: Id(9)] DateTimeOffset? ClosedAt,
    [property: Id(10)] IReadOnlyList<CaseOfficer> Officers,
    [property: Id(11)] IReadOnlyList<CaseStepView> Steps,
    [property: Id(12)] string? CurrentStepId,
    [property: Id(13)] IReadOnlyList<CaseDocumentView> Documents,
    [property: Id(14)] IReadOnlyList<CaseRecordingView> Recordings,
    [property: Id(15)] IReadOnlyList<CaseEvidenceView> Evidence,
    [property: Id(16)] IReadOnlyList<CaseDeadlineView> Deadlines,
    [property: Id(17)] CaseFileCompleteness Completeness,
    [property: Id(18)] long LastSequence);
