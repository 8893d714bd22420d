using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <summary>
/// A case as lists show it. <paramref name="NextDeadline"/> is the earliest open dated deadline;
/// <paramref name="OverdueCount"/> counts the deadlines overdue on <paramref name="UpdatedAt"/>'s date;
/// <paramref name="OpenDeadlines"/> let the index answer due and overdue questions for any day.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] EnforcementCategory Category,
    [property: Id(3)] CaseStatus Status,
    [property: Id(4)] string PartyName,
    [property: Id(5)] IReadOnlyList<CaseOfficer> Officers,
    [property: Id(6)] DateTimeOffset OpenedAt,
    [property: Id(7)] CaseSummaryDeadline? NextDeadline,
    [property: Id(8)] int OverdueCount,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] IReadOnlyList<CaseSummaryDeadline> OpenDeadlines);
