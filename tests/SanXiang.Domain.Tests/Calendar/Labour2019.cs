using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Tests.Calendar;

/// <summary>
/// The real 2019 case: 国办发明电〔2018〕15号 gave 劳动节 one day (05-01, no 调休); 国办发明电〔2019〕3号 of
/// 2019-03-22 replaced it with 05-01..05-04 off and the Sundays 04-28 and 05-05 as working days.
/// The shipped table holds the amended arrangement.
/// </summary>
internal static class Labour2019
{
    public const string OriginalNotice = "国办发明电〔2018〕15号";
    public const string AmendingNotice = "国办发明电〔2019〕3号（调整2019年劳动节，取代国办发明电〔2018〕15号中的劳动节安排）";

    public static CalendarAmendment Original { get; } = new(
        2019,
        OriginalNotice,
        ["劳动节"],
        [new CalendarEntry(new DateOnly(2019, 5, 1), DayKind.Off, "劳动节", OriginalNotice)]);

    public static CalendarAmendment Amended { get; } = new(
        2019,
        AmendingNotice,
        ["劳动节"],
        [
            new CalendarEntry(new DateOnly(2019, 4, 28), DayKind.Work, "劳动节", AmendingNotice),
            .. Enumerable.Range(1, 4).Select(day => new CalendarEntry(new DateOnly(2019, 5, day), DayKind.Off, "劳动节", AmendingNotice)),
            new CalendarEntry(new DateOnly(2019, 5, 5), DayKind.Work, "劳动节", AmendingNotice),
        ]);

    /// <summary>The calendar as it stood between December 2018 and 22 March 2019.</summary>
    public static WorkingDayCalendar BeforeAmendment { get; } = WorkingDayCalendar.Official.Amend(Original);
}
