using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SanXiang.Silo.Host;
using SanXiang.Silo.Plans;

namespace SanXiang.Benchmarks;

/// <summary>
/// Grain-state writes per second through the real silo composition: each of N grains writes its
/// state again as soon as the previous write is durable, so the figure is what the storage
/// provider, our SQL and the disk allow, not what the grains compute.
/// </summary>
internal static class StateWritesBenchmark
{
    public static async Task<double> RunAsync(BenchmarkArguments arguments, string dataDir)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SanXiang:DataDir"] = dataDir,
            ["SanXiang:Storage:Provider"] = arguments.Provider == "postgres" ? "Postgres" : "Sqlite",
            ["ConnectionStrings:Postgres"] = arguments.Connection,
            ["SanXiang:Silo:ClusterId"] = $"bench-{Guid.NewGuid():N}",
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSanXiangSilo();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var run = Guid.NewGuid().ToString("N")[..8];
            var keys = Enumerable.Range(0, arguments.Grains).Select(i => $"bench-{run}-{i}").ToList();

            // Warm up: activate every grain and create its row, so the timed part measures updates only.
            await Task.WhenAll(keys.Select(key => grains.GetGrain<IPlanGrain>(key).SeedAsync(Plan, Version(0))));

            var duration = TimeSpan.FromSeconds(arguments.Seconds);
            var clock = Stopwatch.StartNew();
            var counts = await Task.WhenAll(keys.Select(async key =>
            {
                var grain = grains.GetGrain<IPlanGrain>(key);
                var writes = 0;
                while (clock.Elapsed < duration)
                {
                    await grain.SeedAsync(Plan, Version(writes + 1));
                    writes++;
                }

                return writes;
            }));
            return counts.Sum() / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    // A plan grain writes its state whenever the catalog version differs (it keeps one small record):
    // a new version on every call makes every call a write. (The agency directory, used here before,
    // is one platform-wide grain now, with read-model tables behind it.)
    private static readonly ImplementationPlan Plan = new("基准测试实施方案", null, [], [], [], null);

    private static string Version(int n) => n.ToString(CultureInfo.InvariantCulture);
}
