using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SanXiang.Silo.Host;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// <c>scale [--provider sqlite|postgres|both] [--connection …] [--agencies 7000] [--officers 100000] [--runs 50]
/// [--search-cases 20] [--configuration Release]</c>: generates a province into a fresh database through a silo of the real
/// composition, measures the directory's read paths from that silo, then starts the built web host on the
/// same database and measures them through <c>/graphql</c>, with a text search across a city's agencies (over
/// <c>--search-cases</c> summaries per agency written into the read model when the generator wrote no cases).
/// </summary>
internal static class ScaleCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "sqlite";
        var connection = CommandOptions.Get(args, "--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES");
        var shape = new ProvinceShape(CommandOptions.GetInt(args, "--agencies", 7_000), CommandOptions.GetInt(args, "--officers", 100_000));
        var runs = CommandOptions.GetInt(args, "--runs", 50);
        var searchCases = CommandOptions.GetInt(args, "--search-cases", 20);
        var configuration = CommandOptions.Get(args, "--configuration") ?? "Release";
        var dll = Path.Combine(StartupBenchmark.SolutionRoot(), "web", "SanXiang.Web", "bin", configuration, "net10.0", "SanXiang.Web.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"build the web host first: dotnet build web/SanXiang.Web -c {configuration} ({dll} is missing)");
            return 2;
        }

        foreach (var one in provider == "both" ? ["sqlite", "postgres"] : new[] { provider })
        {
            await using var database = await ScaleDatabase.CreateAsync(one, connection);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale provider={one} agencies={shape.Agencies} officers={shape.Officers}"));
            var agencies = await GenerateAndMeasureAsync(database, shape, runs, searchCases);
            await using var web = await WebHostProcess.StartAsync(dll, database.Settings, database.DataDir);
            await GraphQLMeasurements.RunAsync(web, agencies, runs);
            await CaseSearchMeasurements.RunAsync(web, agencies, runs);
        }

        return 0;
    }

    private static async Task<IReadOnlyList<Silo.Agencies.AgencyProfile>> GenerateAndMeasureAsync(ScaleDatabase database, ProvinceShape shape, int runs, int searchCases)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(database.Settings);
        builder.AddSanXiangSilo();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            // Calls in flight: SQLite takes one writer at a time, and writers beyond a few only wait for its lock.
            var generator = new ProvinceGenerator(grains, shape, database.Provider == "sqlite" ? 4 : 32);
            var steps = await generator.RunAsync();
            Console.WriteLine("  generator: " + string.Join("; ", steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Rows} in {s.Elapsed.TotalSeconds:F1} s")))
                + string.Create(CultureInfo.InvariantCulture, $"; total {steps.Sum(s => s.Elapsed.TotalSeconds):F1} s"));
            await SiloMeasurements.RunAsync(grains, generator.Agencies, runs);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var seeded = await CaseSearchMeasurements.SeedIfEmptyAsync(host.Services.GetRequiredService<Silo.Grains.EventLog.EventLogDatabase>(), generator.Agencies, searchCases, database.Provider == "sqlite" ? 1 : 8);
            if (seeded > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  case summaries for the search (none generated): {seeded} written into the read model in {clock.Elapsed.TotalSeconds:F1} s"));
            }

            return generator.Agencies;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
