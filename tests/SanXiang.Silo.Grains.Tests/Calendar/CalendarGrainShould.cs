using SanXiang.Domain.Calendar;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Errors;

namespace SanXiang.Silo.Grains.Tests.Calendar;

/// <summary>
/// The calendar grain is one per platform, so these tests share it with every other test of the cluster:
/// they compare with what was there before and leave 2019 as shipped (the amended arrangement).
/// </summary>
[Collection(ClusterCollection.Name)]
public class CalendarGrainShould(ClusterFixture fixture)
{
    private ICalendarGrain Grain => fixture.Grains.GetGrain<ICalendarGrain>(GrainKeys.Platform);

    [Fact]
    public async Task KeepAnAmendmentAfterTheGrainIsDeactivated()
    {
        var before = await Grain.GetAsync();
        await Grain.AmendAsync(CalendarSamples.Original("persist-test"));
        await Grain.AmendAsync(CalendarSamples.Amended("persist-test"));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var after = await Grain.GetAsync();
        Assert.Equal(before.Version + 2, after.Version);
        Assert.Equal([CalendarSamples.OriginalNotice, CalendarSamples.AmendingNotice], after.Amendments.Skip(before.Amendments.Count).Select(a => a.Source));
        Assert.Equal("persist-test", after.Amendments[^1].Actor);
    }

    [Fact]
    public async Task MoveA5WorkingDayDeadlineWhenThe2019LabourDayIsAmended()
    {
        var original = await Grain.AmendAsync(CalendarSamples.Original());
        Assert.Equal(new DateOnly(2019, 5, 7), original.ToCalendar().AddWorkingDays(CalendarSamples.Filed, 5).Value);

        var amended = await Grain.AmendAsync(CalendarSamples.Amended());
        Assert.Equal(new DateOnly(2019, 5, 8), amended.ToCalendar().AddWorkingDays(CalendarSamples.Filed, 5).Value);
        Assert.Equal(original.Version + 1, amended.Version);
    }

    [Fact]
    public async Task RefuseALineOfAHolidayTheNoticeDoesNotNameAndChangeNothing()
    {
        var before = await Grain.GetAsync();
        var wrong = CalendarSamples.Original() with { Days = [CalendarSamples.Off(2019, 6, 7, "端午节", CalendarSamples.OriginalNotice)] };

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Grain.AmendAsync(wrong));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal("2019-06-07属于“端午节”，但修改通知没有点名该节日。", refused.Message);
        var after = await Grain.GetAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Amendments.Count, after.Amendments.Count);
    }

    [Fact]
    public async Task RefuseADateOutsideTheYearOfTheNotice()
    {
        var wrong = CalendarSamples.Original() with { Days = [CalendarSamples.Off(2020, 5, 1, "劳动节", CalendarSamples.OriginalNotice)] };
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Grain.AmendAsync(wrong));
        Assert.Equal("2020-05-01不属于2019年的放假安排。", refused.Message);
    }

    [Fact]
    public async Task RefuseANoticeWithoutSource()
    {
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Grain.AmendAsync(CalendarSamples.Original() with { Source = " " }));
        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Contains("文号", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseANewYearThatLeavesOutAStatutoryHoliday()
    {
        var before = await Grain.GetAsync();
        var whole = CalendarSamples.WholeYear(2097);
        var partial = whole with { Holidays = ["元旦", "春节", "清明节", "劳动节", "端午节", "国庆节"], Days = [whole.Days[0]] };

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Grain.AmendAsync(partial));

        Assert.Equal("日历中还没有2097年的安排，录入该年度的放假通知时须列出全部法定节日，缺少：中秋节。", refused.Message);
        Assert.Equal(before.Version, (await Grain.GetAsync()).Version);
    }

    [Fact]
    public async Task AnswerForAYearOnlyOnceItIsAllowedAsProvisional()
    {
        var before = await Grain.GetAsync();
        Assert.Throws<CalendarYearMissingException>(() => before.ToCalendar().AddWorkingDays(new DateOnly(2096, 9, 28), 5));

        var allowed = await Grain.SetProvisionalYearsAsync([.. before.ProvisionalYears, 2096], "admin");

        var due = allowed.ToCalendar().AddWorkingDays(new DateOnly(2096, 9, 28), 5);
        Assert.True(due.Provisional);
        Assert.Equal(before.Version + 1, allowed.Version);
        await Grain.SetProvisionalYearsAsync(before.ProvisionalYears, "admin");
    }

    [Fact]
    public async Task RefuseAProvisionalYearTheStatuteDoesNotCover()
    {
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Grain.SetProvisionalYearsAsync([2007], "admin"));
        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Contains("2007", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordASweepOverTheOpenCasesAfterAChange()
    {
        var tenant = Samples.NewTenantId();
        await fixture.Grains.GetGrain<IAgencyGrain>(tenant).SeedAsync(Samples.Agency(tenant), "v1");
        var changed = await Grain.AmendAsync(CalendarSamples.Amended("sweep-test"));

        var recompute = await SweepAsync(changed.Version);

        Assert.True(recompute.Version >= changed.Version);
        Assert.True(recompute.FinishedAt >= recompute.StartedAt);
        Assert.True(recompute.Tenants > 0);
        Assert.DoesNotContain(tenant, recompute.Problem ?? string.Empty, StringComparison.Ordinal);
    }

    // The sweep runs after the change has returned; wait for its report rather than for a fixed time.
    private async Task<CalendarRecompute> SweepAsync(long version)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if ((await Grain.GetAsync()).LastRecompute is { } last && last.Version >= version)
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No sweep reported for calendar version {version} within 30 s.");
    }
}
