using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Cases;

/// <summary>
/// What the case list shows: 状态, 执法类别, 执法人员, and only cases with a deadline already past.
/// Applied in the console over the agency's whole list, so changing a filter needs no round trip.
/// </summary>
public sealed record CaseListFilter(CaseStatus? Status = null, EnforcementCategory? Category = null, string? OfficerId = null, bool OverdueOnly = false)
{
    /// <summary>A deadline this many days ahead or fewer is shown as due soon (即将到期).</summary>
    public const int DueSoonDays = 3;

    public static CaseListFilter None { get; } = new();

    public bool Matches(CaseSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return (Status is null || summary.Status == Status)
            && (Category is null || summary.Category == Category)
            && (string.IsNullOrEmpty(OfficerId) || summary.Officers.Any(o => o.Id == OfficerId))
            && (!OverdueOnly || IsOverdue(summary, today));
    }

    public IReadOnlyList<CaseSummary> Apply(IEnumerable<CaseSummary> cases, DateOnly today) =>
        [.. cases.Where(c => Matches(c, today)).OrderByDescending(c => c.OpenedAt)];

    /// <summary>An open case with an open deadline due before today.</summary>
    public static bool IsOverdue(CaseSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Status == CaseStatus.Open && summary.OpenDeadlines.Any(d => d.Due < today);
    }

    /// <summary>An open case with an open deadline due from today to <see cref="DueSoonDays"/> days later.</summary>
    public static bool IsDueSoon(CaseSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Status == CaseStatus.Open && summary.OpenDeadlines.Any(d => d.Due >= today && d.Due <= today.AddDays(DueSoonDays));
    }
}
