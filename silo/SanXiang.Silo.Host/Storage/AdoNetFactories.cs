using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SanXiang.Silo.Host.Storage;

/// <summary>
/// Registers the ADO.NET factories under the invariant names we give Orleans. Orleans 10.4 itself
/// finds its factory by a built-in map from invariant to assembly and type
/// (Orleans' DbConnectionFactory: "System.Data.SQLite" → Microsoft.Data.Sqlite.SqliteFactory,
/// "Npgsql" → Npgsql.NpgsqlFactory), not through <see cref="DbProviderFactories"/>; our own schema
/// migrator and health checks resolve through this registry, so both agree on one name per provider.
/// </summary>
public static class AdoNetFactories
{
    public static void Register()
    {
        DbProviderFactories.RegisterFactory(StorageTarget.SqliteInvariant, SqliteFactory.Instance);
        DbProviderFactories.RegisterFactory(StorageTarget.PostgresInvariant, NpgsqlFactory.Instance);
    }

    public static DbConnection CreateConnection(StorageTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Register();
        var connection = DbProviderFactories.GetFactory(target.Invariant).CreateConnection()
            ?? throw new InvalidOperationException($"The ADO.NET factory '{target.Invariant}' made no connection.");
        connection.ConnectionString = target.ConnectionString;
        return connection;
    }
}
