using Microsoft.Extensions.Configuration;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Plugins;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Host.ReadModel;

/// <summary>
/// <c>dotnet run --project silo/SanXiang.Silo.Host -- rebuild-read-model [--provider Postgres --connection '…']</c>:
/// the database is found as the host finds it (the same settings, environment and command line; <c>--provider</c>
/// and <c>--connection</c> are short for <c>SanXiang:Storage:Provider</c> and <c>ConnectionStrings:Postgres</c>).
/// Applies the schema if needed, loads the sector plugins (cases opened before procedures were pinned follow
/// their plugin) and rebuilds. Run it with the silos stopped: appends during a rebuild may be rebuilt stale.
/// </summary>
public static class RebuildReadModelCommand
{
    public const string Name = "rebuild-read-model";

    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--provider"] = $"{SanXiangOptions.Section}:Storage:Provider",
        ["--connection"] = $"ConnectionStrings:{StorageTarget.PostgresConnectionStringName}",
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args, Switches)
            .Build();
        var options = configuration.GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions();
        var target = StorageTarget.Resolve(configuration, options);
        AdoNetFactories.Register();
        await new SchemaMigrator(target).ApplyAsync(SchemaCatalog.For(target.Provider));
        var database = EventLogSiloBuilderExtensions.ToEventLogDatabase(target);
        await using var store = new CaseEventStore(database);
        var rebuild = new CaseReadModelRebuild(store, new CaseProcedures(database), SectorPluginLoader.Load(options.FullPluginsDir));
        await output.WriteLineAsync($"重建读模型：{target.Describe()}");
        var result = await rebuild.RunAsync();
        await output.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"已重建 {result.Cases} 件案件（{result.Events} 个事件），用时 {result.Elapsed.TotalSeconds:0.0} 秒。"));
        return 0;
    }
}
