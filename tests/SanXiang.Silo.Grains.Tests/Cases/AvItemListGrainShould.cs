using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Plugins.MarketRegulation;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public class AvItemListGrainShould(ClusterFixture fixture)
{
    [Fact]
    public async Task StartFromTheSectorDefaults()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);

        var items = await fixture.Grains.GetGrain<IAvItemListGrain>(tenant).GetAsync();

        Assert.Equivalent(new MarketRegulationPlugin().AvItemDefaults, items, strict: true);
    }

    [Fact]
    public async Task LetTheAgencysOwnListDecideWhatAStepNeeds()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var list = fixture.Grains.GetGrain<IAvItemListGrain>(tenant);
        var strict = new MarketRegulationPlugin().AvItemDefaults.Select(i => i.Step == CaseStepKind.Investigation ? i with { OverrideAllowed = false } : i).ToList();
        await list.SaveAsync(strict, "xintian-scjg.admin");
        var opened = await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));

        Assert.False(opened.Steps.Single(s => s.Id == "investigation").Av.OverrideAllowed);
        Assert.Equivalent(strict, await list.GetAsync(), strict: true);
    }

    [Fact]
    public async Task RefuseAnItemWithoutKinds()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => fixture.Grains.GetGrain<IAvItemListGrain>(tenant).SaveAsync([new AvItem(CaseStepKind.Hearing, "听证", [], false, false)], "xintian-scjg.admin"));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Contains("第1项", refused.Message, StringComparison.Ordinal);
    }
}
