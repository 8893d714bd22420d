namespace SanXiang.Domain.Calendar;

/// <summary>
/// The date of the Qingming solar term (清明), the statutory 清明节 holiday. Uses the published
/// 21st-century approximation 日 = ⌊Y×0.2422 + 4.81⌋ − ⌊Y/4⌋ (Y = the last two digits of the year),
/// which gives April 4 or 5 and matches the announced arrangements of 2017, 2019, 2025 and 2026.
/// </summary>
public static class Qingming
{
    public const int FirstYear = 2001;
    public const int LastYear = 2099;

    public static DateOnly In(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"清明日期公式只适用于{FirstYear}—{LastYear}年。");
        }

        var y = year % 100;
        var day = (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4);
        return new DateOnly(year, 4, day);
    }
}
