using SanXiang.Silo.Calendar;

namespace SanXiang.Web.Calendar;

/// <summary>An amendment as the administrator entered it, before the service adds who and when.</summary>
public sealed record CalendarAmendmentDraft(int Year, string Source, IReadOnlyList<string> Holidays, IReadOnlyList<CalendarDay> Days);
