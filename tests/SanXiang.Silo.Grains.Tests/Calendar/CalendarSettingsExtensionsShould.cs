using SanXiang.Domain.Calendar;
using SanXiang.Silo.Calendar;

namespace SanXiang.Silo.Grains.Tests.Calendar;

public class CalendarSettingsExtensionsShould
{
    [Fact]
    public void GiveTheOfficialCalendarWhenNothingWasChanged() =>
        Assert.Same(WorkingDayCalendar.Official.FindYear(2019), CalendarSettings.Official.ToCalendar().FindYear(2019));

    [Fact]
    public void MoveA5WorkingDayDeadlineWhenThe2019LabourDayIsAmended()
    {
        var before = new CalendarSettings([CalendarSamples.Original()], [], 1);
        var after = before with { Amendments = [.. before.Amendments, CalendarSamples.Amended()], Version = 2 };

        Assert.Equal(new DateOnly(2019, 5, 7), before.ToCalendar().AddWorkingDays(CalendarSamples.Filed, 5).Value);
        Assert.Equal(new DateOnly(2019, 5, 8), after.ToCalendar().AddWorkingDays(CalendarSamples.Filed, 5).Value);
    }

    [Fact]
    public void ApplyAmendmentsInTheOrderTheyWereMade()
    {
        var settings = new CalendarSettings([CalendarSamples.Amended(), CalendarSamples.Original()], [], 2);
        Assert.Equal(new DateOnly(2019, 5, 7), settings.ToCalendar().AddWorkingDays(CalendarSamples.Filed, 5).Value);
    }

    [Fact]
    public void AddAYearTheTableLacksAsAWholeOfficialYear()
    {
        var calendar = new CalendarSettings([CalendarSamples.WholeYear(2031)], [], 1).ToCalendar();

        var year = calendar.FindYear(2031)!;
        Assert.False(year.Provisional);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 10, 1)).Value);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2031, 1, 2)).Value);
    }

    [Fact]
    public void RefuseANewYearThatLeavesOutAStatutoryHoliday()
    {
        var partial = CalendarSamples.WholeYear(2031) with { Holidays = ["元旦", "国庆节、中秋节"] };
        var refused = Assert.Throws<ArgumentException>(() => new CalendarSettings([partial], [], 1).ToCalendar());
        Assert.Contains("春节、清明节、劳动节、端午节", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeAllowedProvisionalYearsButKeepAnnouncedOnes()
    {
        var calendar = new CalendarSettings([], [2026, 2030], 1).ToCalendar();

        Assert.False(calendar.FindYear(2026)!.Provisional);
        Assert.True(calendar.FindYear(2030)!.Provisional);
        Assert.True(calendar.AddWorkingDays(new DateOnly(2030, 9, 27), 5).Provisional);
    }

    [Fact]
    public void KeepAWholeYearAddedByTheAdministratorOverItsProvisionalArrangement()
    {
        var calendar = new CalendarSettings([CalendarSamples.WholeYear(2030)], [2030], 2).ToCalendar();
        Assert.False(calendar.FindYear(2030)!.Provisional);
    }
}
