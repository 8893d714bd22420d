using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Tests.Calendar;

public class WorkingDayCalendarShould
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    [Fact]
    public void LoadEveryYearOfTheShippedTable()
    {
        Assert.Equal([2017, 2019, 2025, 2026], Official.Years.Select(year => year.Year));
        Assert.All(Official.Years, year => Assert.False(year.Provisional));
    }

    [Fact]
    public void KeepTheSourceNoticeOfEachEntry()
    {
        var entry = Official.FindYear(2025)!.Entries[new DateOnly(2025, 1, 26)];
        Assert.Equal(new CalendarEntry(new DateOnly(2025, 1, 26), DayKind.Work, "春节", "国办发明电〔2024〕12号"), entry);
    }

    [Fact]
    public void CountTheDecemberDaysOfThe2019NewYearAsPartOf2019()
    {
        Assert.Contains(new DateOnly(2018, 12, 30), Official.FindYear(2019)!.Entries.Keys);
        Assert.Null(Official.FindYear(2018));
        Assert.True(Official.IsWorkingDay(new DateOnly(2018, 12, 29)).Value);
        Assert.False(Official.IsWorkingDay(new DateOnly(2018, 12, 31)).Value);
    }

    [Theory]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-02-24", true)]
    [InlineData("2025-01-26", true)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-08", true)]
    [InlineData("2017-09-30", true)]
    [InlineData("2017-10-06", false)]
    [InlineData("2026-03-07", false)]
    [InlineData("2026-03-09", true)]
    public void FollowTheAnnouncedArrangementOverTheWeekdayRule(string date, bool working) =>
        Assert.Equal(working, Official.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Value);

    [Fact]
    public void SkipTheNationalDayWeek()
    {
        var due = Official.AddWorkingDays(new DateOnly(2017, 9, 29), 5);
        Assert.Equal(new DateOnly(2017, 10, 12), due.Value);
        Assert.False(due.Provisional);
    }

    [Fact]
    public void CountTheWorkingSaturdayBeforeTheSpringFestival()
    {
        Assert.Equal(new DateOnly(2025, 2, 5), Official.AddWorkingDays(new DateOnly(2025, 1, 24), 3).Value);
        Assert.Equal(new DateOnly(2026, 2, 28), Official.AddWorkingDays(new DateOnly(2026, 2, 12), 7).Value);
    }

    [Fact]
    public void NotCountTheDayOfTheEvent()
    {
        Assert.Equal(new DateOnly(2026, 3, 10), Official.AddWorkingDays(new DateOnly(2026, 3, 9), 1).Value);
        Assert.Equal(new DateOnly(2026, 3, 9), Official.AddWorkingDays(new DateOnly(2026, 3, 7), 1).Value);
    }

    [Fact]
    public void GoBackWithANegativeCount() =>
        Assert.Equal(new DateOnly(2026, 2, 13), Official.AddWorkingDays(new DateOnly(2026, 2, 24), -2).Value);

    [Fact]
    public void CountWorkingDaysBetweenDatesWithoutTheFirst()
    {
        Assert.Equal(2, Official.CountWorkingDays(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 24)).Value);
        Assert.Equal(-2, Official.CountWorkingDays(new DateOnly(2026, 2, 24), new DateOnly(2026, 2, 13)).Value);
        Assert.Equal(0, Official.CountWorkingDays(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7)).Value);
    }

    [Fact]
    public void AddCalendarDaysRegardlessOfHolidays() =>
        Assert.Equal(new DateOnly(2026, 10, 8), WorkingDayCalendar.AddCalendarDays(new DateOnly(2026, 9, 30), 8));

    [Fact]
    public void RefuseAYearWithoutAnAnnouncedArrangement()
    {
        var refusal = Assert.Throws<CalendarYearMissingException>(() => Official.IsWorkingDay(new DateOnly(2027, 3, 1)));
        Assert.Equal(2027, refusal.Year);
        Assert.Contains("2027年", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseADeadlineThatRunsIntoAYearWithoutData() =>
        Assert.Equal(2027, Assert.Throws<CalendarYearMissingException>(() => Official.AddWorkingDays(new DateOnly(2026, 12, 28), 5)).Year);

    [Fact]
    public void AnswerWithoutTheFollowingYearWhileTheDeadlineStaysInside() =>
        Assert.Equal(new DateOnly(2026, 12, 31), Official.AddWorkingDays(new DateOnly(2026, 12, 28), 3).Value);

    [Fact]
    public void StayUnchangedWhenAmended()
    {
        var before = Labour2019.BeforeAmendment;
        Assert.True(Official.IsWorkingDay(new DateOnly(2019, 5, 5)).Value);
        Assert.False(before.IsWorkingDay(new DateOnly(2019, 5, 5)).Value);
        Assert.NotSame(Official, before);
    }

    [Fact]
    public void ReplaceOnlyTheNamedHolidayWhenAmended()
    {
        var before = Labour2019.BeforeAmendment.FindYear(2019)!;
        Assert.Equal([new DateOnly(2019, 5, 1)], before.Entries.Values.Where(entry => entry.Holiday == "劳动节").Select(entry => entry.Date));
        Assert.Equal(Official.FindYear(2019)!.Entries.Count - 5, before.Entries.Count);
        Assert.Contains(Labour2019.OriginalNotice, before.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ShipThe2019LabourDayAsAmended()
    {
        var shipped = Official.FindYear(2019)!.Entries.Values.Where(entry => entry.Holiday == "劳动节").ToList();
        Assert.Equal(Labour2019.Amended.Entries.ToList(), shipped);
    }

    [Fact]
    public void MoveADeadlineWhenTheLabourDayOf2019IsAmended()
    {
        var amended = Labour2019.BeforeAmendment.Amend(Labour2019.Amended);
        Assert.Equal(new DateOnly(2019, 5, 7), Labour2019.BeforeAmendment.AddWorkingDays(new DateOnly(2019, 4, 29), 5).Value);
        Assert.Equal(new DateOnly(2019, 5, 8), amended.AddWorkingDays(new DateOnly(2019, 4, 29), 5).Value);
    }

    [Fact]
    public void MoveADeadlineEarlierWhenTheAmendmentMakesASundayAWorkingDay()
    {
        Assert.Equal(new DateOnly(2019, 5, 2), Labour2019.BeforeAmendment.AddWorkingDays(new DateOnly(2019, 4, 26), 3).Value);
        Assert.Equal(new DateOnly(2019, 4, 30), Official.AddWorkingDays(new DateOnly(2019, 4, 26), 3).Value);
    }

    [Fact]
    public void RefuseAnEntryOutsideItsYear()
    {
        Assert.True(Official.FindYear(2019)!.Covers(new DateOnly(2018, 12, 29)));
        Assert.False(Official.FindYear(2019)!.Covers(new DateOnly(2018, 11, 30)));
        Assert.Throws<ArgumentException>(() => CalendarYear.Official(2019, [new CalendarEntry(new DateOnly(2020, 1, 1), DayKind.Off, "元旦", "通知")]));
    }

    [Fact]
    public void RefuseAnAmendmentForAYearItDoesNotHold() =>
        Assert.Throws<CalendarYearMissingException>(() => WorkingDayCalendar.Empty.Amend(Labour2019.Original));

    [Fact]
    public void RefuseAnAmendmentEntryOfAHolidayItDoesNotName() =>
        Assert.Throws<ArgumentException>(() => new CalendarAmendment(
            2019,
            "通知",
            ["劳动节"],
            [new CalendarEntry(new DateOnly(2019, 6, 7), DayKind.Off, "端午节", "通知")]));

    [Fact]
    public void TakeANewYearsNoticeAsANewCalendar()
    {
        var notice = CalendarYear.Official(2027, [new CalendarEntry(new DateOnly(2027, 1, 1), DayKind.Off, "元旦", "测试通知")]);
        var next = Official.WithYear(notice);
        Assert.False(next.IsWorkingDay(new DateOnly(2027, 1, 1)).Value);
        Assert.Null(Official.FindYear(2027));
    }
}
