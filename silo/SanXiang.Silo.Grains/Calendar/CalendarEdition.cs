using SanXiang.Domain.Calendar;

namespace SanXiang.Silo.Grains.Calendar;

/// <summary>The calendar built from one version of the platform's settings, and when this silo last knew it to be current.</summary>
public sealed record CalendarEdition(long Version, WorkingDayCalendar Calendar, DateTimeOffset CheckedAt);
