using SanXiang.Domain.Cases;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Cases;

/// <summary>
/// What the case list's filter bar holds: 状态, 执法类别, 执法人员, only overdue cases, and words of the 案由 or the
/// party. The read model applies it (<see cref="ToQuery"/>); the page only shows what comes back.
/// </summary>
public sealed record CaseListFilter(CaseStatus? Status = null, EnforcementCategory? Category = null, string? OfficerId = null, bool OverdueOnly = false, string? Text = null)
{
    /// <summary>A deadline this many days ahead or fewer is shown as due soon (即将到期).</summary>
    public const int DueSoonDays = 3;

    public static CaseListFilter None { get; } = new();

    public CaseQuery ToQuery(DateOnly today) =>
        new(today, Status, Category, string.IsNullOrEmpty(OfficerId) ? null : OfficerId, OverdueOnly ? true : null, null, string.IsNullOrWhiteSpace(Text) ? null : Text.Trim());

    /// <summary>A running deadline of the case falls from today to <see cref="DueSoonDays"/> days later: shown as 即将到期.</summary>
    public static bool IsDueSoon(CaseSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Status == CaseStatus.Open && summary.OpenDeadlines.Any(d => d.Due >= today && d.Due <= today.AddDays(DueSoonDays));
    }
}
