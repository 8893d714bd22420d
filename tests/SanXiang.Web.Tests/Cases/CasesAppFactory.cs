using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// The web host with its silo and the real 市场监管 plugin (case-plugins/), on SQLite in a data
/// directory of its own or, with <see cref="Postgres"/>, on a fresh database of the server named
/// by <c>SANXIANG_TEST_POSTGRES</c> that is dropped afterwards.
/// </summary>
public class CasesAppFactory : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "SANXIANG_TEST_POSTGRES";

    private readonly int siloPort = UploadAppFactory.FreePort();
    private readonly int gatewayPort = UploadAppFactory.FreePort();

    public CasesAppFactory()
        : this(postgres: false)
    {
    }

    protected CasesAppFactory(bool postgres)
    {
        DataDir = Path.Combine(Path.GetTempPath(), "sanxiang-cases-tests", Guid.NewGuid().ToString("N"));
        if (postgres)
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException($"{PostgresVariable} is not set, so the PostgreSQL case tests cannot run. Run ./test.sh, which starts a throw-away PostgreSQL (eng/postgres.sh) and sets it.");
            ServerConnectionString = server;
            DatabaseName = $"sx_cases_{Guid.NewGuid():N}";
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            command.ExecuteNonQuery();
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ConnectionString;
        }
        else
        {
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDir, "sanxiang.db") }.ConnectionString;
        }
    }

    public string DataDir { get; }

    public bool IsPostgres => DatabaseName is not null;

    /// <summary>The database the host keeps its grain state and case events in.</summary>
    public string ConnectionString { get; }

    private string? ServerConnectionString { get; }

    private string? DatabaseName { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("SanXiang:DataDir", DataDir);
        builder.UseSetting("SanXiang:Admin:Password", "Cases-Test-Admin#2026");
        builder.UseSetting("SanXiang:DemoData", "true");
        builder.UseSetting("SanXiang:PluginsDir", Path.Combine(AppContext.BaseDirectory, "case-plugins"));
        builder.UseSetting("SanXiang:Silo:SiloPort", siloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("SanXiang:Silo:GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture));
        if (IsPostgres)
        {
            builder.UseSetting("SanXiang:Storage:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                using var connection = new NpgsqlConnection(ServerConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
                command.ExecuteNonQuery();
            }
            catch (PostgresException)
            {
                // An autovacuum worker of another role can hold the database; it is left in the
                // throw-away cluster, which ./test.sh deletes. Clean-up must not fail a test.
            }
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        if (Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }
    }
}
