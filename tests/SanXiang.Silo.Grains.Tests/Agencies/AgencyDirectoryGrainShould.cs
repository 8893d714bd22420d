using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Grains.Tests.Agencies;

[Collection(ClusterCollection.Name)]
public class AgencyDirectoryGrainShould(ClusterFixture fixture)
{
    [Fact]
    public async Task ListWhatWasSeeded()
    {
        var ids = new[] { Samples.NewTenantId(), Samples.NewTenantId() };
        foreach (var id in ids)
        {
            await fixture.Grains.GetGrain<IAgencyGrain>(id).SeedAsync(Samples.Agency(id), "v1");
        }

        var listed = await fixture.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync();
        Assert.All(ids, id => Assert.Contains(listed, p => p.Id == id));
    }

    [Fact]
    public async Task FindNothingForAnAgencyNeverSeeded() =>
        Assert.Null(await fixture.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).FindAsync(Samples.NewTenantId()));
}
