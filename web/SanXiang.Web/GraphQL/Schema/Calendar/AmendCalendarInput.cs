using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>
/// A notice for one year: the holidays it arranges lose their old lines and get <see cref="Days"/>; for a
/// year the calendar lacks, it is the whole year's notice and must name all seven statutory holidays.
/// </summary>
[Name("AmendCalendarInput")]
public sealed class AmendCalendarInput
{
    public int Year { get; set; }

    /// <summary>The notice, e.g. 国办发明电〔2019〕3号; every line carries it.</summary>
    public string Source { get; set; } = "";

    public IReadOnlyList<string> Holidays { get; set; } = [];

    public IReadOnlyList<CalendarDayInput> Days { get; set; } = [];
}
