using SanXiang.Domain.Calendar;

namespace SanXiang.Domain.Tests.Calendar;

public class ProvisionalCalendarShould
{
    private static readonly WorkingDayCalendar WithProvisional2027 = WorkingDayCalendar.Official.WithProvisionalYears(2027);

    // Lunar dates checked with ChineseLunisolarCalendar: 2027 has no leap month; 正月初一 2027-02-06, 五月初五 06-09, 八月十五 09-15.
    [Fact]
    public void Give2027TheThirteenStatutoryDaysOff()
    {
        var year = WithProvisional2027.FindYear(2027)!;
        Assert.True(year.Provisional);
        Assert.Equal(
            [
                new DateOnly(2027, 1, 1),
                new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 7), new DateOnly(2027, 2, 8),
                new DateOnly(2027, 4, 5),
                new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 2),
                new DateOnly(2027, 6, 9),
                new DateOnly(2027, 9, 15),
                new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 2), new DateOnly(2027, 10, 3),
            ],
            year.Entries.Keys);
        Assert.All(year.Entries.Values, entry => Assert.Equal(DayKind.Off, entry.Kind));
    }

    [Fact]
    public void NameTheHolidaysOf2027()
    {
        var entries = WithProvisional2027.FindYear(2027)!.Entries;
        Assert.Equal("春节", entries[new DateOnly(2027, 2, 5)].Holiday);
        Assert.Equal("清明节", entries[new DateOnly(2027, 4, 5)].Holiday);
        Assert.Equal("端午节", entries[new DateOnly(2027, 6, 9)].Holiday);
        Assert.Equal("中秋节", entries[new DateOnly(2027, 9, 15)].Holiday);
        Assert.Contains("临时推算", entries[new DateOnly(2027, 1, 1)].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkEveryAnswerThatUsedAProvisionalYear()
    {
        var working = WithProvisional2027.IsWorkingDay(new DateOnly(2027, 2, 9));
        Assert.True(working.Value);
        Assert.Equal([2027], working.ProvisionalYears);
        Assert.True(WithProvisional2027.AddWorkingDays(new DateOnly(2026, 12, 28), 5).Provisional);
        Assert.False(WithProvisional2027.AddWorkingDays(new DateOnly(2026, 12, 28), 3).Provisional);
    }

    [Fact]
    public void GuessNoWorkingWeekends()
    {
        Assert.False(WithProvisional2027.IsWorkingDay(new DateOnly(2027, 2, 6)).Value);
        Assert.False(WithProvisional2027.IsWorkingDay(new DateOnly(2027, 2, 5)).Value);
        Assert.False(WithProvisional2027.IsWorkingDay(new DateOnly(2027, 1, 30)).Value);
        Assert.True(WithProvisional2027.IsWorkingDay(new DateOnly(2027, 2, 9)).Value);
    }

    [Fact]
    public void CrossIntoTheProvisionalYearOnlyWhenAskedTo()
    {
        Assert.Throws<CalendarYearMissingException>(() => WorkingDayCalendar.Official.AddWorkingDays(new DateOnly(2027, 2, 4), 3));
        var due = WithProvisional2027.AddWorkingDays(new DateOnly(2027, 2, 4), 3);
        Assert.Equal(new DateOnly(2027, 2, 11), due.Value);
        Assert.True(due.Provisional);
    }

    [Fact]
    public void KeepTheOfficialArrangementOfAYearThatHasOne()
    {
        var calendar = WorkingDayCalendar.Official.WithProvisionalYears(2026, 2027);
        Assert.False(calendar.FindYear(2026)!.Provisional);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 28)).Value);
    }

    [Fact]
    public void GiveWayToTheNoticeWhenItComesOut()
    {
        var notice = CalendarYear.Official(2027, [new CalendarEntry(new DateOnly(2027, 1, 30), DayKind.Work, "春节", "测试通知")]);
        var answer = WithProvisional2027.WithYear(notice).IsWorkingDay(new DateOnly(2027, 1, 30));
        Assert.True(answer.Value);
        Assert.False(answer.Provisional);
    }

    // Independent check of the lunar and solar-term computation: every statutory day of the rules then in
    // force is off in the State Council's own arrangement for that year.
    [Theory]
    [InlineData(2017)]
    [InlineData(2019)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void AgreeWithTheAnnouncedYearsOnEveryStatutoryDay(int year)
    {
        var official = WorkingDayCalendar.Official;
        var statutory = StatutoryHolidays.ProvisionalYear(year).Entries.Keys;
        Assert.All(statutory, date => Assert.False(official.IsWorkingDay(date).Value, $"{date:yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData(2017, 4, 4)]
    [InlineData(2019, 4, 5)]
    [InlineData(2025, 4, 4)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 4, 5)]
    [InlineData(2028, 4, 4)]
    public void PutQingmingOnTheSolarTerm(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Qingming.In(year));

    [Fact]
    public void ApplyTheRulesInForceBefore2025()
    {
        Assert.Equal(11, StatutoryHolidays.ProvisionalYear(2024).Entries.Count);
        Assert.DoesNotContain(new DateOnly(2024, 2, 9), StatutoryHolidays.ProvisionalYear(2024).Entries.Keys);
        Assert.Contains(new DateOnly(2013, 2, 9), StatutoryHolidays.ProvisionalYear(2013).Entries.Keys);
    }

    [Fact]
    public void FindTheDragonBoatFestivalAfterALeapMonth() =>
        Assert.Equal("端午节", StatutoryHolidays.ProvisionalYear(2028).Entries[new DateOnly(2028, 5, 28)].Holiday);

    [Fact]
    public void RefuseYearsOutsideTheRulesItKnows() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.ProvisionalYear(2007));
}
