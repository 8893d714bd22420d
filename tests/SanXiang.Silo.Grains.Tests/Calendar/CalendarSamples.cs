using SanXiang.Silo.Calendar;

namespace SanXiang.Silo.Grains.Tests.Calendar;

/// <summary>
/// The 2019 Labour Day notices as the administrator would enter them (see the domain's Labour2019):
/// 国办发明电〔2018〕15号 gave one day; 国办发明电〔2019〕3号 replaced it with 05-01..05-04 and two working Sundays.
/// </summary>
internal static class CalendarSamples
{
    public const string OriginalNotice = "国办发明电〔2018〕15号";
    public const string AmendingNotice = "国办发明电〔2019〕3号";

    public static DateOnly Filed { get; } = new(2019, 4, 29);

    public static CalendarAmendmentRecord Original(string actor = "admin") =>
        new(2019, OriginalNotice, ["劳动节"], [Off(2019, 5, 1, "劳动节", OriginalNotice)], actor, DateTimeOffset.UtcNow);

    public static CalendarAmendmentRecord Amended(string actor = "admin") =>
        new(
            2019,
            AmendingNotice,
            ["劳动节"],
            [
                Work(2019, 4, 28, "劳动节", AmendingNotice),
                .. Enumerable.Range(1, 4).Select(day => Off(2019, 5, day, "劳动节", AmendingNotice)),
                Work(2019, 5, 5, "劳动节", AmendingNotice),
            ],
            actor,
            DateTimeOffset.UtcNow);

    /// <summary>A whole year's notice for a year the table lacks, naming every statutory holiday.</summary>
    public static CalendarAmendmentRecord WholeYear(int year, string source = "测试通知（全年）") =>
        new(
            year,
            source,
            ["元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节"],
            [Off(year, 1, 1, "元旦", source), Off(year, 10, 1, "国庆节、中秋节", source)],
            "admin",
            DateTimeOffset.UtcNow);

    public static CalendarDay Off(int year, int month, int day, string holiday, string source) => new(new DateOnly(year, month, day), true, holiday, source);

    public static CalendarDay Work(int year, int month, int day, string holiday, string source) => new(new DateOnly(year, month, day), false, holiday, source);
}
