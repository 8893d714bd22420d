namespace SanXiang.Domain.Cases.Engine;

/// <summary>Deadlines count in dates as the agency sees them: China Standard Time, UTC+8, no daylight saving.</summary>
public static class CaseDates
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);

    /// <summary>The instant <paramref name="day"/> begins in China: a list's "filed from this day" starts there.</summary>
    public static DateTimeOffset ChinaMidnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);
}
