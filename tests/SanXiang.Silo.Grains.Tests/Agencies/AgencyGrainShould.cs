using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;

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

    [Fact]
    public async Task PutItselfBackIntoTheDirectoryWhenSeedingFindsNothingNew()
    {
        var id = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(id);
        var directory = fixture.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);
        await grain.SeedAsync(Samples.Agency(id), "v1");

        // As if the silo had stopped after the agency's write but before the directory's.
        await directory.RecordAsync(Samples.Agency(id).Profile with { Name = "过时的名称" });

        Assert.False(await grain.SeedAsync(Samples.Agency(id), "v1"));
        Assert.Equal("测试县司法局", (await directory.FindAsync(id))!.Name);
    }

    [Fact]
    public async Task RefuseAParentThatIsNotAnAgency()
    {
        var id = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(id);
        await grain.SeedAsync(Samples.Agency(id), "v1");

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.UpdateProfileAsync(Samples.Agency(id).Profile with { ParentId = "nowhere" }));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Contains("上级机关“nowhere”不存在", refused.Message, StringComparison.Ordinal);
        Assert.Null((await grain.GetAsync())!.EditedAt);
    }

    [Fact]
    public async Task RefuseAParentThatWouldCloseALoop()
    {
        var upper = Samples.NewTenantId();
        var lower = Samples.NewTenantId();
        await fixture.Grains.GetGrain<IAgencyGrain>(upper).SeedAsync(Samples.Agency(upper), "v1");
        await fixture.Grains.GetGrain<IAgencyGrain>(lower).SeedAsync(Samples.Agency(lower) with { Profile = Samples.Agency(lower).Profile with { ParentId = upper } }, "v1");

        var refused = await Assert.ThrowsAsync<SanXiangException>(() =>
            fixture.Grains.GetGrain<IAgencyGrain>(upper).UpdateProfileAsync(Samples.Agency(upper).Profile with { ParentId = lower }));

        Assert.Contains("循环", refused.Message, StringComparison.Ordinal);
        Assert.Null((await fixture.Grains.GetGrain<IAgencyGrain>(upper).GetAsync())!.Profile.ParentId);
    }

    [Fact]
    public async Task RefuseToBeItsOwnParent()
    {
        var id = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAgencyGrain>(id);
        await grain.SeedAsync(Samples.Agency(id), "v1");

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.UpdateProfileAsync(Samples.Agency(id).Profile with { ParentId = id }));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
    }
}
