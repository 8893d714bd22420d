using System.Globalization;
using SanXiang.Silo.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Web.Calendar;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

public static class CalendarResolvers
{
    public static async Task<CalendarYearNode> AmendAsync(AmendCalendarInput input, GraphQLUserContext caller, CalendarService calendar)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(calendar);
        var days = input.Days.Select((day, i) => new CalendarDay(IsoDate.Parse(day.Date, $"第{i + 1}行的日期"), day.Off, day.Holiday, input.Source)).ToList();
        var settings = await calendar.AmendAsync(caller.User, new CalendarAmendmentDraft(input.Year, input.Source, input.Holidays, days));
        return new CalendarYearNode(CalendarYearView.For(settings, input.Year)!);
    }
}
