using Microsoft.Extensions.Logging;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// Recomputes the open cases' deadlines after a calendar change (DOMAIN.md §7: the calendar is editable
/// when the next notice comes out, and open deadlines follow it). Not reentrant: requests that arrive
/// during a sweep wait, and those for a version an earlier sweep already covered are dropped.
/// </summary>
public sealed class CalendarRecomputeGrain(IGrainFactory grains, TimeProvider clock, ILogger<CalendarRecomputeGrain> logger) : Grain, ICalendarRecomputeGrain
{
    private long covered = -1;

    public async Task RecomputeAsync(long version, string actor)
    {
        if (version <= covered)
        {
            return;
        }

        var calendar = grains.GetGrain<ICalendarGrain>(GrainKeys.Platform);
        // The sweep runs on the calendar as it is now, which covers every change up to its version.
        var target = (await calendar.GetAsync()).Version;
        var started = clock.GetUtcNow();
        var sweep = new OpenCaseSweep(
            async () => [.. (await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync()).Select(agency => agency.Id)],
            async tenant => [.. (await grains.GetGrain<ICaseIndexGrain>(tenant).ListOpenAsync()).Select(summary => summary.Id)],
            (tenant, caseId) => grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId)).RecomputeDeadlinesAsync(actor));
        var result = await sweep.RunAsync();
        covered = target;
        if (result.Failed > 0)
        {
            logger.LogWarning("Calendar v{Version}: {Failed} case(s) failed to recompute their deadlines; first: {Problem}", target, result.Failed, result.Problem);
        }

        await calendar.RecordRecomputeAsync(new CalendarRecompute(target, result.Tenants, result.Cases, result.Failed, result.Problem, started, clock.GetUtcNow()));
    }
}
