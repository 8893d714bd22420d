using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SanXiang.Silo.Host.Tests.Infrastructure;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Cluster;

/// <summary>
/// Two silo processes and a client-mode web host on one PostgreSQL database and one shared data folder —
/// the cluster the README describes. The silos seed the catalog and the demo accounts; every test goes
/// through the client web host alone, as a browser or an API client of the cluster would.
/// </summary>
public sealed class ClientModeCluster : IAsyncLifetime
{
    public const string AdminPassword = "Cluster-Test-Admin#2026";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly List<SiloProcess> silos = [];
    private PostgresDatabase? database;

    /// <summary>
    /// The silo host's own build output (its runtime needs the hosting packages the web tests take from the
    /// ASP.NET framework instead), e.g. silo/SanXiang.Silo.Host/bin/Release/net10.0, with the sector plugins
    /// published beside it — the one plugin folder every process of the cluster loads.
    /// </summary>
    public static string SiloDirectory { get; } = FindSiloDirectory();

    public static string PluginsDir => Path.Combine(SiloDirectory, "plugins");

    /// <summary>The folder every process of the cluster shares (blobs and uploads).</summary>
    public string DataDir { get; } = UploadAppFactory.NewDataDir();

    public ClientWebFactory Web { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        // The first silo applies the schema; the second joins once the membership table exists.
        silos.Add(SiloProcess.Start(SiloSettings(), SiloDirectory));
        await EventuallyAsync(async () => await ActiveSilosAsync() == 1, "the first silo did not become active");
        silos.Add(SiloProcess.Start(SiloSettings(), SiloDirectory));
        await EventuallyAsync(async () => await ActiveSilosAsync() == 2, "the second silo did not join");

        Web = new ClientWebFactory(database.ConnectionString, DataDir);
        using var http = Web.CreateClient();
        await EventuallyAsync(
            async () =>
            {
                // Signed in once the silos have seeded the demo accounts.
                await TusClient.TokenAsync(http, "xintian-scjg.officer");
                return true;
            },
            "the client web host could not sign in through the cluster");
    }

    public async Task DisposeAsync()
    {
        if (Web is not null)
        {
            await Web.DisposeAsync();
        }

        foreach (var silo in silos)
        {
            silo.Dispose();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }
    }

    // The tests run from tests/SanXiang.Web.Tests/bin/{configuration}/{framework}/; the host is built the same way.
    private static string FindSiloDirectory()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (tests.Name, tests.Parent!.Name);
        var root = tests;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SanXiang.sln")))
        {
            root = root.Parent;
        }

        var directory = Path.Combine(root?.FullName ?? throw new InvalidOperationException("SanXiang.sln not found above the tests."), "silo", "SanXiang.Silo.Host", "bin", configuration, framework);
        return File.Exists(Path.Combine(directory, "SanXiang.Silo.Host.dll"))
            ? directory
            : throw new InvalidOperationException($"The silo host is not built in {directory}.");
    }

    private Dictionary<string, string> SiloSettings() => new()
    {
        ["SanXiang__Storage__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = database!.ConnectionString,
        ["SanXiang__Silo__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ["SanXiang__Silo__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ["SanXiang__DataDir"] = DataDir,
        ["SanXiang__PluginsDir"] = PluginsDir,
        ["SanXiang__DemoData"] = "true",
        ["SanXiang__Admin__Password"] = AdminPassword,
    };

    private async Task<long> ActiveSilosAsync()
    {
        await using var connection = new NpgsqlConnection(database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM sx_membership WHERE status = 3", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < Patience)
        {
            if (silos.Any(silo => silo.HasExited))
            {
                Assert.Fail($"{failure}: a silo process exited.");
            }

            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                last = e;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"{failure} within {Patience.TotalMinutes} min. Last error: {last?.Message ?? "none"}");
    }
}
