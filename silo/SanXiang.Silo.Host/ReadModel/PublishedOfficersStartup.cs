using Microsoft.Extensions.Logging;
using SanXiang.Silo.Grains.Officers;

namespace SanXiang.Silo.Host.ReadModel;

/// <summary>
/// Once the silo is active, gives every roster written before the public officer list existed its rows
/// (<see cref="PublishedOfficersCatchUp"/>). A failure is logged, not fatal: those rosters catch up when they next activate.
/// </summary>
public sealed partial class PublishedOfficersStartup(PublishedOfficersCatchUp catchUp, ILogger<PublishedOfficersStartup> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(PublishedOfficersStartup), ServiceLifecycleStage.Active, RunAsync);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var caughtUp = await catchUp.RunAsync(cancellationToken);
            if (caughtUp > 0)
            {
                LogCaughtUp(caughtUp);
            }
        }
        // The silo serves without these rows; each roster still replaces its own when it activates.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Public officer list: rows written for {Count} agencies' rosters")]
    private partial void LogCaughtUp(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Public officer list: catching up the rosters failed")]
    private partial void LogFailed(Exception exception);
}
