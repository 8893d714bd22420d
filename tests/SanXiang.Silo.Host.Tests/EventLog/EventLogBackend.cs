using Microsoft.Extensions.Configuration;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Host.Tests.EventLog;

/// <summary>A fresh database with the schema applied, plus the one thing only tests may do: write behind the triggers' back.</summary>
internal abstract class EventLogBackend : IAsyncDisposable
{
    protected EventLogBackend(IReadOnlyDictionary<string, string?> settings)
    {
        Settings = settings;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = configuration.GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions();
        Target = StorageTarget.Resolve(configuration, options);
        Database = EventLogSiloBuilderExtensions.ToEventLogDatabase(Target);
    }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public StorageTarget Target { get; }

    public EventLogDatabase Database { get; }

    public Task MigrateAsync() => new SchemaMigrator(Target).ApplyAsync(SchemaCatalog.For(Target.Provider));

    /// <summary>Runs tampering statements with the append-only triggers out of the way, in one transaction.</summary>
    public abstract Task TamperAsync(params string[] statements);

    /// <summary>Where a child process finds this database: <c>--provider … --data-dir|--connection …</c>.</summary>
    public abstract IReadOnlyList<string> ChildArguments { get; }

    /// <summary>A blob literal in this dialect.</summary>
    public abstract string BytesLiteral(byte[] bytes);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public abstract ValueTask DisposeAsync();
}
