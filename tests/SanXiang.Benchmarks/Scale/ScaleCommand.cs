using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SanXiang.Silo.Host;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// <c>scale [--provider sqlite|postgres|both] [--connection …] [--agencies 7000] [--officers 100000]
/// [--cases 1000000] [--events-per-case 10] [--busiest-share 1.0] [--appending-cases 64] [--append-seconds 10]
/// [--search-cases 20] [--runs 50] [--configuration Release]</c>: generates a province into a fresh database through a silo of the
/// real composition, measures the directory's and the busiest agency's case paths from that silo, then starts
/// the built web host on the same database and measures them through <c>/graphql</c>. <c>--cases 0</c> generates
/// the directory alone; <c>--data-dir D</c> measures the cases of a SQLite province generated before into D (a run
/// stopped during its rebuild keeps its database) without generating anything. A text search across a city's
/// agencies is measured too, over <c>--search-cases</c> summaries per agency written into the read model when the
/// generator wrote no cases. <c>--ledger-tasks 43</c> gives every agency a plan of that many ledger tasks and measures the
/// provincial rollup and how fast a county's change reaches it (<see cref="RollupMeasurements"/>).
/// </summary>
internal static class ScaleCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "sqlite";
        var connection = CommandOptions.Get(args, "--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES");
        var shape = new ProvinceShape(
            CommandOptions.GetInt(args, "--agencies", 7_000),
            CommandOptions.GetInt(args, "--officers", 100_000),
            CommandOptions.GetInt(args, "--cases", 1_000_000),
            CommandOptions.GetInt(args, "--events-per-case", 10),
            double.Parse(CommandOptions.Get(args, "--busiest-share") ?? "1", CultureInfo.InvariantCulture));
        var runs = CommandOptions.GetInt(args, "--runs", 50);
        var searchCases = CommandOptions.GetInt(args, "--search-cases", 20);
        var ledgerTasks = CommandOptions.GetInt(args, "--ledger-tasks", 0);
        var appends = (Cases: CommandOptions.GetInt(args, "--appending-cases", 64), For: TimeSpan.FromSeconds(CommandOptions.GetInt(args, "--append-seconds", 10)));
        var configuration = CommandOptions.Get(args, "--configuration") ?? "Release";
        var dll = Path.Combine(StartupBenchmark.SolutionRoot(), "web", "SanXiang.Web", "bin", configuration, "net10.0", "SanXiang.Web.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"build the web host first: dotnet build web/SanXiang.Web -c {configuration} ({dll} is missing)");
            return 2;
        }

        foreach (var one in provider == "both" ? ["sqlite", "postgres"] : new[] { provider })
        {
            var existing = CommandOptions.Get(args, "--data-dir");
            await using var database = existing is null ? await ScaleDatabase.CreateAsync(one, connection) : ScaleDatabase.Existing(existing);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scale provider={one} agencies={shape.Agencies} officers={shape.Officers} cases={shape.Cases} events={shape.Events} (busiest agency {shape.BusiestCases} cases); load average {LoadAverage()}"));

            // The plugins the web host ships with, for the silo of this process too (cases follow their sector's procedure).
            var settings = new Dictionary<string, string?>(database.Settings) { ["SanXiang:PluginsDir"] = Path.Combine(Path.GetDirectoryName(dll)!, "plugins") };
            var agencies = await GenerateAndMeasureAsync(database, settings, shape, runs, appends, generate: existing is null, searchCases, ledgerTasks);
            await using var web = await WebHostProcess.StartAsync(dll, settings, database.DataDir);
            if (existing is null)
            {
                await GraphQLMeasurements.RunAsync(web, agencies, runs);
                await CaseSearchMeasurements.RunAsync(web, agencies, runs);
                if (ledgerTasks > 0)
                {
                    await RollupMeasurements.RunThroughGraphQLAsync(web, runs);
                }
            }

            if (shape.Cases > 0)
            {
                await GraphQLCaseMeasurements.RunAsync(web, runs);
            }

            Console.WriteLine($"  load average at the end: {LoadAverage()}");
        }

        return 0;
    }

    private static double DatabaseSize(ScaleDatabase database) =>
        Directory.EnumerateFiles(database.DataDir, "sanxiang.db*").Sum(f => new FileInfo(f).Length) / (1024.0 * 1024 * 1024);

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static async Task<IReadOnlyList<Silo.Agencies.AgencyProfile>> GenerateAndMeasureAsync(
        ScaleDatabase database, IReadOnlyDictionary<string, string?> settings, ProvinceShape shape, int runs, (int Cases, TimeSpan For) appends, bool generate, int searchCases, int ledgerTasks)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSanXiangSilo();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            // Calls in flight: SQLite takes one writer at a time, and writers beyond a few only wait for its lock.
            var generator = new ProvinceGenerator(host.Services, shape, database.Provider == "sqlite" ? 4 : 32);
            if (generate)
            {
                var steps = await generator.RunAsync();
                Console.WriteLine("  generator: " + string.Join("; ", steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Rows} in {s.Elapsed.TotalSeconds:F1} s")))
                    + string.Create(CultureInfo.InvariantCulture, $"; total {steps.Sum(s => s.Elapsed.TotalSeconds):F1} s; load average {LoadAverage()}"));
                if (shape.Cases > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  read-model rebuild: resident memory {generator.RebuildMemory.Before:F0} MiB before, peak {generator.RebuildMemory.Peak:F0} MiB (this process, silo included); database {DatabaseSize(database):F2} GiB"));
                }

                await SiloMeasurements.RunAsync(grains, generator.Agencies, runs);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var seeded = await CaseSearchMeasurements.SeedIfEmptyAsync(host.Services.GetRequiredService<Silo.Grains.EventLog.EventLogDatabase>(), generator.Agencies, searchCases, database.Provider == "sqlite" ? 1 : 8);
                if (seeded > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  case summaries for the search (none generated): {seeded} written into the read model in {clock.Elapsed.TotalSeconds:F1} s"));
                }

                if (ledgerTasks > 0)
                {
                    var seeding = await RollupMeasurements.SeedPlansAsync(grains, generator.Agencies, ledgerTasks, database.Provider == "sqlite" ? 4 : 32);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  plans: {generator.Agencies.Count} agencies × {ledgerTasks} ledger tasks seeded in {seeding.TotalSeconds:F1} s; load average {LoadAverage()}"));
                    await RollupMeasurements.RunInSiloAsync(host.Services, generator.Agencies, runs);
                }
            }

            if (shape.Cases > 0)
            {
                await CaseMeasurements.RunAsync(host.Services, shape, runs, appends.Cases, appends.For);
                if (database.Provider == "sqlite")
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  raw 4 KiB write+fsync in {database.DataDir}: {FsyncBenchmark.Run(database.DataDir, TimeSpan.FromSeconds(3)):F0} fsync/s"));
                }
                else
                {
                    var events = host.Services.GetRequiredService<SanXiang.Silo.Grains.EventLog.EventLogDatabase>();
                    var inserts = await RawInsertBenchmark.RunAsync(events.ConnectionString, TimeSpan.FromSeconds(3));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  raw single-row autocommit INSERT via Npgsql: {inserts:F0} inserts/s"));
                }
            }

            return generator.Agencies;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
