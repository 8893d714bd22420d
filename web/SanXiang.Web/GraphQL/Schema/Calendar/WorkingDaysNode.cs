using GraphQL;
using SanXiang.Domain.Calendar;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>A date so many working days away, and the provisional years it relied on (it may move when their notices come out).</summary>
[Name("WorkingDaysResult")]
public sealed class WorkingDaysNode(CalendarAnswer<DateOnly> answer)
{
    public string Date => IsoDate.Format(answer.Value);

    public bool Provisional => answer.Provisional;

    public IEnumerable<int> ProvisionalYears => answer.ProvisionalYears;
}
