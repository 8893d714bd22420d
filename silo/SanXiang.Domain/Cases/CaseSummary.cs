using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// A case as lists show it: one row of the read model, derived from the case's events alone (by
/// <see cref="CaseViews.Summary"/>, live in the append's transaction and again by a rebuild), so that a list
/// can never disagree with the record. <paramref name="OpenDeadlines"/> are the dated deadlines still running,
/// earliest first; whether one is overdue depends on the day it is asked (<see cref="IsOverdueOn"/>).
/// </summary>
public sealed record CaseSummary(
    string TenantId,
    string Id,
    string Title,
    EnforcementCategory Category,
    CaseStatus Status,
    string? CurrentStepId,
    string? CurrentStepName,
    CaseParty Party,
    IReadOnlyList<CaseOfficer> Officers,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<CaseSummaryDeadline> OpenDeadlines,
    long LastSequence)
{
    public CaseSummaryDeadline? NextDeadline => OpenDeadlines.Count == 0 ? null : OpenDeadlines[0];

    public bool IsOverdueOn(DateOnly today) => NextDeadline is { } next && next.Due < today;

    public int OverdueCountOn(DateOnly today) => OpenDeadlines.Count(d => d.Due < today);
}
