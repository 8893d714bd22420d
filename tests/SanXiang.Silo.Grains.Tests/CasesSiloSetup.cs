using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Grains.Tests;

/// <summary>
/// What the case grains need in the test silo: the case event log on a database with the silo's own schema
/// (SQLite in the shared temporary data directory unless a cluster names a PostgreSQL database). The sector registry and document issuer come from <see cref="DocumentsSiloSetup"/>.
/// </summary>
internal static class CasesSiloSetup
{
    /// <summary>A TestClusterBuilder property: the PostgreSQL connection string of the cluster's event log.</summary>
    public const string PostgresProperty = "SanXiangTests:EventLogPostgres";

    public static StorageTarget SqliteTarget { get; } = StorageTarget.Sqlite(Path.Combine(DocumentsSiloSetup.DataDir, "event-log"));

    public static Task CreateSchemaAsync(StorageTarget target) => new SchemaMigrator(target).ApplyAsync(SchemaCatalog.For(target.Provider));

    public static ISiloBuilder AddCasesForTests(this ISiloBuilder silo)
    {
        var target = silo.Configuration[PostgresProperty] is { Length: > 0 } postgres ? StorageTarget.Postgres(postgres) : SqliteTarget;
        return silo.AddSanXiangEventLog(target);
    }
}
