using Microsoft.Extensions.Logging;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Host.Transparency;

/// <summary>
/// At silo start, after the catalog is seeded, makes sure every agency in the directory has its
/// daily-checkpoint reminder. Reminders live in the reminders table, so they survive restarts; this
/// pass only adds those of agencies that have none yet (the first start, or new agencies).
/// </summary>
public sealed partial class CheckpointSchedule(IGrainFactory grains, ILogger<CheckpointSchedule> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    // After ServiceLifecycleStage.Active, where CatalogStartup seeds the directory.
    public const int Stage = ServiceLifecycleStage.Active + 100;

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(CheckpointSchedule), Stage, StartAsync);
    }

    /// <summary>Schedules every agency's checkpoint; returns how many agencies it looked at.</summary>
    public async Task<int> ScheduleAllAsync()
    {
        var agencies = await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync();
        await Task.WhenAll(agencies.Select(a => grains.GetGrain<ITransparencyLogGrain>(a.Id).ScheduleDailyCheckpointAsync()));
        return agencies.Count;
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        LogSm3(Sm3.Implementation);
        try
        {
            LogScheduled(await ScheduleAllAsync());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The silo serves cases without it; the next start tries again. Said loudly, not swallowed.
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SM3: {Implementation}")]
    private partial void LogSm3(string implementation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily signed checkpoints scheduled for {Count} agencies")]
    private partial void LogScheduled(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not schedule the daily signed checkpoints; they start at the next silo start")]
    private partial void LogFailed(Exception error);
}
