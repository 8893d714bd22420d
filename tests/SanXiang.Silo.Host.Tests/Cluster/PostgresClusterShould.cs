using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Configuration;
using SanXiang.Silo.Plans;
using SanXiang.Silo.Host.Health;
using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.Cluster;

public sealed class PostgresClusterShould : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private PostgresDatabase? database;

    public async Task InitializeAsync() => database = await PostgresDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task KeepGrainStateWhenTheSiloHostingItIsKilled()
    {
        var connectionString = database!.ConnectionString;
        await using var survivor = await TestSilo.StartAsync(
            new Dictionary<string, string?>
            {
                ["SanXiang:Storage:Provider"] = "Postgres",
                ["ConnectionStrings:Postgres"] = connectionString,
            },
            // Declare the killed silo dead within seconds rather than the production half-minute.
            silo => silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.NumVotesForDeathDeclaration = 1;
            }));
        using var victim = SiloProcess.Start(new Dictionary<string, string>
        {
            ["SanXiang__Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = connectionString,
            ["SanXiang__Silo__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["SanXiang__Silo__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        });
        var management = survivor.Grains.GetGrain<IManagementGrain>(0);
        await EventuallyAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2, () => victim.HasExited ? "the second silo exited" : "the second silo did not join");

        // Placement seems to count the newcomer only once its grain manifest has reached the
        // survivor, a moment after it joins (one run in six placed all of 24 grains locally).
        // Keep adding grains until some live on the silo that will be killed.
        var keys = new List<string>();
        await EventuallyAsync(
            async () =>
            {
                foreach (var key in Enumerable.Range(keys.Count, 8).Select(i => $"kill-test-{i}"))
                {
                    await survivor.Grains.GetGrain<IPlanGrain>(key).SeedAsync(Plan(key), "v1");
                    keys.Add(key);
                }

                var placements = await management.GetDetailedGrainStatistics();
                return placements.Any(p => keys.Contains(p.GrainId.Key.ToString()!) && !p.SiloAddress.Equals(LocalSilo(survivor)));
            },
            () => $"none of {keys.Count} test grains was placed on the silo that is about to be killed");

        victim.Kill();

        foreach (var key in keys)
        {
            ImplementationPlan? found = null;
            await EventuallyAsync(
                async () =>
                {
                    found = await survivor.Grains.GetGrain<IPlanGrain>(key).GetAsync();
                    return true;
                },
                () => $"grain {key} did not answer after its silo was killed");
            Assert.Equal(Plan(key).Title, found?.Title);
        }
    }

    [Fact]
    public async Task ServeAHostThatRunsAsAClient()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SanXiang:Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = database!.ConnectionString,
        };
        await using var silo = await TestSilo.StartAsync(settings);
        var plan = Plan("client-test");
        await silo.Grains.GetGrain<IPlanGrain>("client-test").SeedAsync(plan, "v1");

        await using var client = await TestSilo.StartAsync(new Dictionary<string, string?>(settings) { ["SanXiang:Silo:Role"] = "Client" });
        var found = await client.Grains.GetGrain<IPlanGrain>("client-test").GetAsync();
        var health = await new ClusterHealthCheck(client.Grains).CheckHealthAsync(new HealthCheckContext());

        Assert.Null(client.Services.GetService(typeof(ILocalSiloDetails)));
        Assert.Equal(plan.Title, found?.Title);
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    private static SiloAddress LocalSilo(TestSilo silo) =>
        ((ILocalSiloDetails)silo.Services.GetService(typeof(ILocalSiloDetails))!).SiloAddress;

    // Any grain with persistent state will do; a plan grain keeps one small record under any key.
    private static ImplementationPlan Plan(string key) => new($"测试实施方案 {key}", null, [], [], [], null);

    private static async Task EventuallyAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < Patience)
        {
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

        Assert.Fail($"{failure()} within {Patience.TotalSeconds} s. Last error: {last?.Message ?? "none"}");
    }
}
