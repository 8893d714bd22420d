using SanXiang.Silo.Calendar;

namespace SanXiang.Web.Calendar;

public sealed record AmendmentLinesResult(IReadOnlyList<CalendarDay> Days, IReadOnlyList<string> Errors);
