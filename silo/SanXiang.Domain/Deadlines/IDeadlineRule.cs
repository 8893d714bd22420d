using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Deadlines;

/// <summary>A time limit from a law or a local plan, computed from the date of the event it runs from (the anchor).</summary>
public interface IDeadlineRule
{
    /// <summary>Stable id for the API and the case record, e.g. APL-64-HEARING-REQUEST.</summary>
    string Id { get; }

    /// <summary>The law or plan and article, e.g. 《中华人民共和国行政处罚法》第六十四条.</summary>
    string Citation { get; }

    /// <summary>The words of the provision the rule encodes.</summary>
    string Text { get; }

    Deadline Compute(WorkingDayCalendar calendar, DateOnly anchor);
}
