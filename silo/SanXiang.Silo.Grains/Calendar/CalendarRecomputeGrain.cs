using Microsoft.Extensions.Logging;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// Recomputes the open cases' deadlines after a calendar change (DOMAIN.md §7: the calendar is editable when the
/// next notice comes out, and open deadlines follow it). The sweep's progress is stored after every page of
/// cases and a reminder stands while it is unfinished, so a silo restart in the middle resumes it where it
/// stopped. Not reentrant: requests that arrive during a sweep wait, and those for a version an earlier sweep
/// already covered are dropped.
/// </summary>
public sealed partial class CalendarRecomputeGrain(
    [PersistentState("calendar-recompute", Names.Storage)] IPersistentState<CalendarRecomputeGrain.State> state,
    IGrainFactory grains,
    TimeProvider clock,
    ILogger<CalendarRecomputeGrain> logger) : Grain, ICalendarRecomputeGrain, IRemindable
{
    public const string ResumeReminder = "resume-recompute";

    private const int PageSize = 200;

    public async Task RecomputeAsync(long version, string actor)
    {
        if (version <= state.State.Covered || state.State.Pending is { } pending && pending.Target >= version)
        {
            await RunPendingAsync();
            return;
        }

        // The sweep runs on the calendar as it is now, which covers every change up to its version.
        var target = (await grains.GetGrain<ICalendarGrain>(GrainKeys.Platform).GetAsync()).Version;
        state.State = state.State with { Pending = new PendingSweep(target, actor, clock.GetUtcNow(), SweepProgress.Start) };
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await RunPendingAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == ResumeReminder ? RunPendingAsync() : Task.CompletedTask;

    private async Task RunPendingAsync()
    {
        if (state.State.Pending is not { } pending)
        {
            if (await this.GetReminder(ResumeReminder) is { } stale)
            {
                await this.UnregisterReminder(stale);
            }

            return;
        }

        var sweep = new OpenCaseSweep(
            async () => [.. (await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync()).Select(agency => agency.Id)],
            async (tenant, after) =>
            {
                var page = await grains.GetGrain<ICaseListGrain>(tenant).ListAsync(new CaseQuery(CaseDates.ChinaDate(clock.GetUtcNow()), CaseStatus.Open), PageSize, after);
                return ([.. page.Cases.Select(c => c.Id)], page.HasNextPage ? page.EndCursor : null);
            },
            (tenant, caseId) => grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId)).RecomputeDeadlinesAsync(pending.Actor));
        var result = await sweep.RunAsync(pending.Progress, async progress =>
        {
            state.State = state.State with { Pending = pending with { Progress = progress } };
            await state.WriteStateAsync();
        });

        if (result.Failed > 0)
        {
            LogFailures(pending.Target, result.Failed, result.Problem);
        }

        await grains.GetGrain<ICalendarGrain>(GrainKeys.Platform).RecordRecomputeAsync(
            new CalendarRecompute(pending.Target, result.Tenants, result.Cases, result.Failed, result.Problem, pending.Started, clock.GetUtcNow()));
        state.State = new State { Covered = pending.Target };
        await state.WriteStateAsync();
        if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar v{Version}: {Failed} case(s) failed to recompute their deadlines; first: {Problem}")]
    private partial void LogFailures(long version, int failed, string? problem);

    /// <summary>A sweep asked for and not yet finished: the calendar version it brings every open case to, and how far it got.</summary>
    [GenerateSerializer, Immutable]
    public sealed record PendingSweep(
        [property: Id(0)] long Target,
        [property: Id(1)] string Actor,
        [property: Id(2)] DateTimeOffset Started,
        [property: Id(3)] SweepProgress Progress);

    [GenerateSerializer]
    public sealed record State
    {
        /// <summary>The calendar version every open case was last brought to.</summary>
        [Id(0)]
        public long Covered { get; init; } = -1;

        [Id(1)]
        public PendingSweep? Pending { get; init; }
    }
}
