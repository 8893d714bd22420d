using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Host;

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
            await Task.WhenAll(keys.Select(key => grains.GetGrain<IAgencyDirectoryGrain>(key).RecordAsync(Profile(key, 0))));

            var duration = TimeSpan.FromSeconds(arguments.Seconds);
            var clock = Stopwatch.StartNew();
            var counts = await Task.WhenAll(keys.Select(async key =>
            {
                var grain = grains.GetGrain<IAgencyDirectoryGrain>(key);
                var writes = 0;
                while (clock.Elapsed < duration)
                {
                    await grain.RecordAsync(Profile(key, writes + 1));
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

    // A profile that differs on every call, so that every call writes.
    private static AgencyProfile Profile(string key, int n) =>
        new(key, "基准测试机关", AgencyLevel.County, "市场监管", "330106", GrainKeys.Platform, null, true, n.ToString(CultureInfo.InvariantCulture));
}
