namespace SanXiang.Domain.Cases.Engine;

/// <summary>
/// Deadlines count in dates as the agency sees them, and every time on screen or in a document is read there: China
/// Standard Time (北京时间), UTC+8, no daylight saving, whatever the server's own zone. The one home of that offset.
/// </summary>
public static class CaseDates
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);

    /// <summary>Today in China: "today" for due and overdue lists.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ChinaDate(clock.GetUtcNow());
    }

    /// <summary>The instant <paramref name="day"/> begins in China: a list's "filed from this day" starts there.</summary>
    public static DateTimeOffset ChinaMidnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);
}
