using Microsoft.Extensions.Logging;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>
/// Signs each agency's daily checkpoint at its time in the window. One reminder for the platform, not one
/// per agency: a silo start registers nothing per agency, and the work of a tick is the handful of
/// agencies due in those minutes, a few at a time. The last tick's time is stored, so a tick missed while
/// the cluster was down is made up for (each agency once) on the next.
/// </summary>
public sealed partial class CheckpointScheduleGrain(
    [PersistentState("checkpoint-schedule", Names.Storage)] IPersistentState<CheckpointScheduleGrain.State> state,
    TimeProvider clock,
    ILogger<CheckpointScheduleGrain> logger) : Grain, ICheckpointScheduleGrain, IRemindable
{
    public const string Tick = "checkpoint-window";

    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    // Signings of a tick run this many at a time: enough to finish a tick's agencies in seconds, few enough to leave the silo its appends.
    private const int Parallel = 4;

    public async Task EnsureScheduledAsync()
    {
        if (await this.GetReminder(Tick) is null)
        {
            await this.RegisterOrUpdateReminder(Tick, Period, Period);
        }
    }

    public async Task<int> RunDueAsync()
    {
        var now = clock.GetUtcNow();
        var after = state.State.LastRun ?? now - Period;
        var agencies = await GrainFactory.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync();
        var due = agencies.Where(a => CheckpointWindow.IsDue(a.Id, after, now)).Select(a => a.Id).ToList();
        var signed = 0;
        foreach (var group in due.Chunk(Parallel))
        {
            var results = await Task.WhenAll(group.Select(SignAsync));
            signed += results.Count(ok => ok);
        }

        state.State.LastRun = now;
        await state.WriteStateAsync();
        return signed;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == Tick ? RunDueAsync() : Task.CompletedTask;

    private async Task<bool> SignAsync(string tenantId)
    {
        try
        {
            await GrainFactory.GetGrain<ITransparencyLogGrain>(tenantId).CheckpointAsync();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One agency's failure must not cost the others their checkpoint; tomorrow's tick tries it again.
            LogFailed(tenantId, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not sign the daily checkpoint of {Tenant}")]
    private partial void LogFailed(string tenant, Exception error);

    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public DateTimeOffset? LastRun { get; set; }
    }
}
