using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Host.Storage;

/// <summary>
/// Runs before Orleans starts (it is registered ahead of it, and hosted services start in order):
/// checks that the database answers and, in a silo, brings its schema up to date, so that Orleans'
/// providers find their OrleansQuery rows when they initialise.
/// </summary>
public sealed partial class StorageInitializer(StorageTarget target, bool applySchema, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await StorageProbe.EnsureReachableAsync(target, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            LogUnavailable(logger, e.Message);
            throw;
        }

        if (applySchema)
        {
            var applied = await new SchemaMigrator(target).ApplyAsync(SchemaCatalog.For(target.Provider), cancellationToken);
            LogSchema(logger, target.Describe(), applied.Count == 0 ? "none" : string.Join(", ", applied));

            // Logs written before the tree was stored get their nodes once; later starts find nothing to do.
            var migrated = await MerkleLogMigration.RunAsync(EventLog.EventLogSiloBuilderExtensions.ToEventLogDatabase(target), cancellationToken);
            if (migrated.Count > 0)
            {
                LogMigrated(logger, migrated.Count);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transparency logs: stored the Merkle tree of {Count} tenants' existing events.")]
    private static partial void LogMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Target}; schema scripts applied now: {Applied}.")]
    private static partial void LogSchema(ILogger logger, string target, string applied);
}
