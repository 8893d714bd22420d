using Microsoft.Extensions.Logging;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Host.Transparency;

/// <summary>
/// At silo start, makes sure the platform's checkpoint schedule has its reminder: one call, whatever the
/// number of agencies. The schedule then signs each agency's checkpoint at its time in the daily window
/// (<see cref="CheckpointWindow"/>); reminders live in the reminders table, so this survives restarts.
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

    public Task EnsureScheduledAsync() => grains.GetGrain<ICheckpointScheduleGrain>(GrainKeys.Platform).EnsureScheduledAsync();

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        LogSm3(Sm3.Implementation);
        try
        {
            await EnsureScheduledAsync();
            LogScheduled(CheckpointWindow.Opens, CheckpointWindow.Length);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The silo serves cases without it; the next start tries again. Said loudly, not swallowed.
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SM3: {Implementation}")]
    private partial void LogSm3(string implementation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily signed checkpoints: each agency at its time in the window from {Opens} Beijing time, {Length} long")]
    private partial void LogScheduled(TimeSpan opens, TimeSpan length);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not schedule the daily signed checkpoints; they start at the next silo start")]
    private partial void LogFailed(Exception error);
}
