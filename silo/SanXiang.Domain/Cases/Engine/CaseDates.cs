namespace SanXiang.Domain.Cases.Engine;

/// <summary>Deadlines count in dates as the agency sees them: China Standard Time, UTC+8, no daylight saving.</summary>
public static class CaseDates
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);
}
