using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace SanXiang.Silo.Host.Storage;

/// <summary>The database this process stores grain state, membership and reminders in.</summary>
/// <param name="Invariant">The ADO.NET invariant name Orleans is given for the provider.</param>
public sealed record StorageTarget(StorageProvider Provider, string Invariant, string ConnectionString)
{
    /// <summary>Orleans 10.4 maps this name to Microsoft.Data.Sqlite's factory; the name <c>Microsoft.Data.Sqlite</c> itself is refused.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    public const string PostgresInvariant = "Npgsql";

    public const string PostgresConnectionStringName = "Postgres";

    public const string SqliteFileName = "sanxiang.db";

    public static StorageTarget Resolve(IConfiguration configuration, SanXiangOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        return options.Storage.Provider switch
        {
            StorageProvider.Sqlite => Sqlite(options.FullDataDir),
            StorageProvider.Postgres => Postgres(configuration.GetConnectionString(PostgresConnectionStringName)
                ?? throw new InvalidOperationException(
                    $"SanXiang:Storage:Provider is Postgres but ConnectionStrings:{PostgresConnectionStringName} is not set.")),
            _ => throw new InvalidOperationException($"Unknown storage provider '{options.Storage.Provider}'."),
        };
    }

    /// <summary>A SQLite file in the data directory, which is created if missing.</summary>
    public static StorageTarget Sqlite(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Also the busy timeout: with WAL a writer waits for the one before it instead of failing.
            DefaultTimeout = 30,
        };
        return new StorageTarget(StorageProvider.Sqlite, SqliteInvariant, connection.ConnectionString);
    }

    public static StorageTarget Postgres(string connectionString)
    {
        // Parsing here turns a malformed string into an error at start-up, not at the first grain call.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new StorageTarget(StorageProvider.Postgres, PostgresInvariant, builder.ConnectionString);
    }

    /// <summary>Where the database is, for messages: never the password.</summary>
    public string Describe()
    {
        if (Provider == StorageProvider.Postgres)
        {
            var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL at {postgres.Host}:{postgres.Port} (database {postgres.Database})";
        }

        return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
    }
}
