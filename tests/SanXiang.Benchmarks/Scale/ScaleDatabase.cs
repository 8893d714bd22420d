using Npgsql;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// A database of its own for one run: a SQLite file in a fresh data directory, or a fresh database on
/// the PostgreSQL server named by the connection string, dropped afterwards. <see cref="Settings"/> is
/// the configuration the silo and the web host are started with.
/// </summary>
internal sealed class ScaleDatabase : IAsyncDisposable
{
    private readonly string? server;
    private readonly string? name;
    private readonly bool kept;

    private ScaleDatabase(string provider, string dataDir, string? server, string? name, string? connection, bool kept = false)
    {
        this.kept = kept;
        Provider = provider;
        DataDir = dataDir;
        this.server = server;
        this.name = name;
        Settings = new Dictionary<string, string?>
        {
            ["SanXiang:DataDir"] = dataDir,
            ["SanXiang:Storage:Provider"] = provider == "postgres" ? "Postgres" : "Sqlite",
            ["ConnectionStrings:Postgres"] = connection,
            ["SanXiang:DemoData"] = "false",
            ["SanXiang:Admin:Password"] = "Scale-Bench#2026-Admin",
        };
    }

    public string Provider { get; }

    public string DataDir { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>A SQLite data directory generated before (a run stopped after its cases), kept afterwards.</summary>
    public static ScaleDatabase Existing(string dataDir) =>
        File.Exists(Path.Combine(dataDir, "sanxiang.db")) ? new ScaleDatabase("sqlite", dataDir, null, null, null, kept: true) : throw new ArgumentException($"{dataDir} holds no sanxiang.db");

    public static async Task<ScaleDatabase> CreateAsync(string provider, string? connection)
    {
        var dataDir = Directory.CreateTempSubdirectory("sanxiang-scale-").FullName;
        if (provider == "sqlite")
        {
            return new ScaleDatabase(provider, dataDir, null, null, null);
        }

        var server = connection ?? throw new ArgumentException("--provider postgres needs --connection or SANXIANG_TEST_POSTGRES.");
        var name = $"sx_scale_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new ScaleDatabase(provider, dataDir, server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (server is not null)
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }

        if (!kept)
        {
            Directory.Delete(DataDir, recursive: true);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
