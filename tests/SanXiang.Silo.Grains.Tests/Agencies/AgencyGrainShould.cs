using SanXiang.Silo.Agencies;
using SanXiang.Silo.Errors;

namespace SanXiang.Silo.Grains.Tests.Agencies;

[Collection(ClusterCollection.Name)]
public class AgencyGrainShould(ClusterFixture fixture)
{
    [Fact]
    public async Task WriteOnceWhenSeededTwiceWithTheSameCatalogVersion()
    {
        var id = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(id);

        Assert.True(await grain.SeedAsync(Samples.Agency(id), "v1"));
        Assert.False(await grain.SeedAsync(Samples.Agency(id), "v1"));
        Assert.Equal("测试县司法局", (await grain.GetAsync())!.Profile.Name);
    }

    [Fact]
    public async Task TakeANewCatalogVersionWhileNoAdministratorHasEditedIt()
    {
        var id = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(id);
        await grain.SeedAsync(Samples.Agency(id), "v1");

        Assert.True(await grain.SeedAsync(Samples.Agency(id, "测试县应急管理局"), "v2"));
        Assert.Equal("测试县应急管理局", (await grain.GetAsync())!.Profile.Name);
    }

    [Fact]
    public async Task KeepAnAdministratorsEditWhenTheCatalogChanges()
    {
        var id = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(id);
        await grain.SeedAsync(Samples.Agency(id), "v1");
        var edited = await grain.UpdateProfileAsync(Samples.Agency(id).Profile with { Name = "管理员改过的名称" });

        Assert.False(await grain.SeedAsync(Samples.Agency(id, "目录里的新名称"), "v2"));
        var agency = await grain.GetAsync();
        Assert.Equal("管理员改过的名称", agency!.Profile.Name);
        Assert.Equal(edited.EditedAt, agency.EditedAt);
        Assert.Equal("管理员改过的名称", (await fixture.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).FindAsync(id))!.Name);
    }

    [Fact]
    public async Task IgnoreAnEditedAtThatTheCatalogCarries()
    {
        var id = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(id);
        await grain.SeedAsync(Samples.Agency(id) with { EditedAt = DateTimeOffset.UtcNow }, "v1");

        Assert.Null((await grain.GetAsync())!.EditedAt);
        Assert.True(await grain.SeedAsync(Samples.Agency(id, "新名称"), "v2"));
    }

    [Fact]
    public async Task RefuseToBeSeededWithAnotherAgencysProfile()
    {
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(Samples.NewTenantId());

        var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.SeedAsync(Samples.Agency(Samples.NewTenantId()), "v1"));
        Assert.Equal(ErrorCodes.TenantMismatch, error.Code);
    }
}
