using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// A case as lists show it. <paramref name="NextDeadline"/> is the earliest open dated deadline;
/// <paramref name="OverdueCount"/> counts the deadlines overdue on <paramref name="UpdatedAt"/>'s date;
/// <paramref name="OpenDeadlines"/> let the index answer due and overdue questions for any day.
/// </summary>
public sealed record CaseSummary(
    string Id,
    string Title,
    EnforcementCategory Category,
    CaseStatus Status,
    string PartyName,
    IReadOnlyList<CaseOfficer> Officers,
    DateTimeOffset OpenedAt,
    CaseSummaryDeadline? NextDeadline,
    int OverdueCount,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<CaseSummaryDeadline> OpenDeadlines);
