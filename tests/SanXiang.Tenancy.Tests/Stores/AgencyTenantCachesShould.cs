using Microsoft.Extensions.Options;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

/// <summary>Two web processes' tenant caches in front of one cluster's directory, as the console and the API use them.</summary>
public sealed class AgencyTenantCachesShould(DirectoryCluster cluster) : IClassFixture<DirectoryCluster>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly ManualClock clock = new();

    [Fact]
    public async Task ServeAChangeMadeThroughAnotherProcessWithinTheSyncInterval()
    {
        var id = "t-" + Guid.NewGuid().ToString("N")[..12];
        var agency = cluster.Grains.GetGrain<IAgencyGrain>(id);
        await agency.SeedAsync(new Agency(new AgencyProfile(id, "旧名称", AgencyLevel.County, "judicial", "411002", null, null, true, "test"), [], null, null), "v1");
        var here = Process();
        var there = Process();
        Assert.Equal("旧名称", (await here.TryGetByIdentifierAsync(id))?.Name);
        Assert.Equal("旧名称", (await there.TryGetByIdentifierAsync(id))?.Name);

        // Made through "there"'s grain client; "here" learns of it from the directory's version, not from "there".
        await agency.UpdateProfileAsync((await agency.GetAsync())!.Profile with { Name = "新名称" });
        clock.Advance(Interval);

        Assert.Equal("新名称", (await here.TryGetByIdentifierAsync(id))?.Name);
        Assert.Equal("新名称", (await there.TryGetByIdentifierAsync(id))?.Name);
    }

    [Fact]
    public async Task FindAnAgencyCreatedAfterTheCacheMissedIt()
    {
        var id = "t-" + Guid.NewGuid().ToString("N")[..12];
        var here = Process();
        Assert.Null(await here.TryGetByIdentifierAsync(id));

        await cluster.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).RecordAsync(new AgencyProfile(id, "新机关", AgencyLevel.County, "judicial", "411002", null, null, true, "test"));

        Assert.Equal("新机关", (await here.TryGetByIdentifierAsync(id))?.Name);
    }

    private TenantStores<SanXiangTenantInfo> Process() => new(
    [
        new MemoryCacheTenantStore<SanXiangTenantInfo>(new AgencyTenantChangeFeed(cluster.Grains), Options.Create(new TenantCacheOptions { SyncInterval = Interval }), clock),
        new AgencyTenantStore(cluster.Grains),
    ]);
}
