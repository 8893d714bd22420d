using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Deadlines;

/// <summary>
/// A statutory rule together with a local plan's (or a sector plugin's) rule for the same act: the stricter
/// date wins (DOMAIN.md §6: where a local plan and the law differ, the stricter deadline wins) — the earlier one
/// for a period that binds the agency, the later one for a period the party has as a right; on a tie the
/// statute is cited.
/// </summary>
public sealed record StricterRule(IDeadlineRule Statutory, IDeadlineRule Local, Binds Binds = Binds.Agency) : IDeadlineRule
{
    public string Id => $"{Statutory.Id}|{Local.Id}";

    public string Citation => $"{Statutory.Citation}；{Local.Citation}";

    public string Text => $"{Statutory.Text}；{Local.Text}";

    /// <summary>The winner's due date, rule and article; provisional if either computation was.</summary>
    public Deadline Compute(WorkingDayCalendar calendar, DateOnly anchor)
    {
        var statutory = Statutory.Compute(calendar, anchor);
        var local = Local.Compute(calendar, anchor);
        var localWins = Binds == Binds.Agency ? local.Due < statutory.Due : local.Due > statutory.Due;
        var winner = localWins ? local : statutory;
        return winner with { ProvisionalYears = statutory.ProvisionalYears.Union(local.ProvisionalYears) };
    }
}
