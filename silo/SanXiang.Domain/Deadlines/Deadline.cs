using System.Collections.Immutable;

namespace SanXiang.Domain.Deadlines;

/// <summary>
/// A computed deadline: the last day to act, the rule and article it comes from, and the years of a
/// provisional calendar it relied on (it may move when those years' notices come out).
/// </summary>
public sealed record Deadline(DateOnly Due, string RuleId, string Citation, string Text, ImmutableSortedSet<int> ProvisionalYears)
{
    public bool Provisional => !ProvisionalYears.IsEmpty;

    public DeadlineStatus StatusOn(DateOnly today) =>
        today < Due ? DeadlineStatus.Open
        : today == Due ? DeadlineStatus.DueToday
        : DeadlineStatus.Overdue;
}
