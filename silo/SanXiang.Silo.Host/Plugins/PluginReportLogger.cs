using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Host.Plugins;

/// <summary>Writes the load report to the log at start-up: plugins are loaded before logging exists.</summary>
internal sealed partial class PluginReportLogger(ISectorRegistry registry, ILogger<PluginReportLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var plugin in registry.Plugins)
        {
            LogLoaded(plugin.Sector.Id, plugin.Sector.Version, plugin.File);
        }

        foreach (var failure in registry.Failures)
        {
            LogSkipped(failure.Plugin, failure.Line is { } line ? $"{failure.File}:{line}" : failure.File, string.Join("；", failure.Reasons));
        }

        if (registry.Plugins.Count == 0)
        {
            LogNone(registry.Directory);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sector plugin {Sector} {Version} loaded from {File}")]
    private partial void LogLoaded(string sector, string version, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sector plugin {Plugin} skipped ({Location}): {Reasons}")]
    private partial void LogSkipped(string plugin, string location, string reasons);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sector plugin loaded from {Directory}; agencies will have no procedures or document formats")]
    private partial void LogNone(string directory);
}
