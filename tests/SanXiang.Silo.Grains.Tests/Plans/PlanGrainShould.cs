using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Tests.Plans;

[Collection(ClusterCollection.Name)]
public class PlanGrainShould(ClusterFixture fixture)
{
    [Fact]
    public async Task WriteOnceWhenSeededTwiceWithTheSameCatalogVersion()
    {
        var grain = fixture.Grains.GetGrain<IPlanGrain>(Samples.NewTenantId());

        Assert.True(await grain.SeedAsync(Samples.Plan(), "v1"));
        Assert.False(await grain.SeedAsync(Samples.Plan("改过的标题"), "v1"));
        Assert.Equal("测试实施方案", (await grain.GetAsync())!.Title);
    }

    [Fact]
    public async Task TakeANewCatalogVersion()
    {
        var grain = fixture.Grains.GetGrain<IPlanGrain>(Samples.NewTenantId());
        await grain.SeedAsync(Samples.Plan(), "v1");

        Assert.True(await grain.SeedAsync(Samples.Plan("新版实施方案"), "v2"));
        Assert.Equal("新版实施方案", (await grain.GetAsync())!.Title);
    }
}
