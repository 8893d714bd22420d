using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>One line of a notice: the date (yyyy-MM-dd), off or working, and the holiday it belongs to.</summary>
[Name("CalendarDayInput")]
public sealed class CalendarDayInput
{
    public string Date { get; set; } = "";

    public bool Off { get; set; }

    public string Holiday { get; set; } = "";
}
