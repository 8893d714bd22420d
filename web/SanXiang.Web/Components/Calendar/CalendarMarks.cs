using MudBlazor;
using SanXiang.Web.Calendar;

namespace SanXiang.Web.Components.Calendar;

public static class CalendarMarks
{
    public static string Chinese(CalendarLineMark mark) => mark switch
    {
        CalendarLineMark.Official => "官方",
        CalendarLineMark.Amended => "已修改",
        CalendarLineMark.Provisional => "临时推算",
        _ => mark.ToString(),
    };

    public static Color ColorOf(CalendarLineMark mark) => mark switch
    {
        CalendarLineMark.Amended => Color.Info,
        CalendarLineMark.Provisional => Color.Warning,
        _ => Color.Default,
    };
}
