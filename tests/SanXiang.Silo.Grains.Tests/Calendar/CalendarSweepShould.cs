using SanXiang.Silo.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Calendar;

/// <summary>The sweep over real case grains: an amendment moves an open case's deadline without anyone calling the case.</summary>
[Collection(ClusterCollection.Name)]
public class CalendarSweepShould(ClusterFixture fixture)
{
    private ICalendarGrain Calendar => fixture.Grains.GetGrain<ICalendarGrain>(GrainKeys.Platform);

    [Fact]
    public async Task MoveAnOpenCasesHearingRequestDeadlineWhenThe2019LabourDayIsAmended()
    {
        await Calendar.AmendAsync(CalendarSamples.Original());
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var opened = await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2019, 4, 15)));
        var driver = new PenaltyCaseDriver(fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, opened.Id)));
        await driver.ThroughExaminationAsync(CaseSamples.At(2019, 4, 22));
        var told = await driver.IssueAndCompleteAsync("notification", CaseSamples.At(2019, 4, 29));

        var amended = await Calendar.AmendAsync(CalendarSamples.Amended("sweep-admin"));
        var sweep = await SweepAsync(amended.Version);

        var after = (await driver.Grain.GetAsync())!;
        Assert.Equal(new DateOnly(2019, 5, 7), HearingRequest(told).Due);
        Assert.Equal(new DateOnly(2019, 5, 8), HearingRequest(after).Due);
        var last = (await driver.Grain.GetEventsAsync())[^1];
        Assert.Equal("deadlines.recomputed", last.Kind);
        Assert.True(sweep.Cases >= 1);
        Assert.DoesNotContain(tenant, sweep.Problem ?? string.Empty, StringComparison.Ordinal);
    }

    private static CaseDeadlineView HearingRequest(CaseView view) =>
        view.Deadlines.Single(d => d.StepId == "hearing" && d.Due is not null);

    // The sweep runs after the change has returned; wait for its report rather than for a fixed time.
    private async Task<CalendarRecompute> SweepAsync(long version)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((await Calendar.GetAsync()).LastRecompute is { } last && last.Version >= version)
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No sweep reported for calendar version {version} within 60 s.");
    }
}
