namespace SanXiang.Web.Cases;

/// <summary>
/// Deadlines are calendar dates in China (UTC+8, no daylight saving); "today" for due and overdue
/// lists is that date, whatever the server's own time zone.
/// </summary>
public static class CaseClock
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
    }
}
