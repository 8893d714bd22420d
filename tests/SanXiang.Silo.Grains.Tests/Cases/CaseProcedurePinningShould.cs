using Orleans.Core.Internal;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public class CaseProcedurePinningShould(ClusterFixture fixture)
{
    [Fact]
    public async Task KeepTheStepsAnOpenCaseWasOpenedUnderWhenItsPluginIsUpgraded()
    {
        var plugin = fixture.Upgradable();
        var tenant = await CaseSamples.NewAgencyAsync(fixture.Grains, UpgradablePlugin.SectorId);
        var before = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, "2026-0001"));
        await before.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));
        try
        {
            plugin.Upgraded = true;
            await before.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
            var after = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, "2026-0002"));
            await after.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 3)));

            var old = await before.GetAsync();
            var upgraded = await after.GetAsync();

            Assert.Contains(old!.Steps, s => s.Id == "hearing" && s.Name == "听证");
            Assert.DoesNotContain(old.Steps, s => s.Id is "hearing-v2" or "pre-decision-check");
            Assert.Contains(upgraded!.Steps, s => s.Id == "hearing-v2");
            Assert.Contains(upgraded.Steps, s => s.Id == "pre-decision-check");
        }
        finally
        {
            plugin.Upgraded = false;
        }
    }

    [Fact]
    public async Task RefuseTheAppendOfASecondWriterOfTheSameCaseAndAppendNothing()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var grain = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, "2026-0001"));
        var opened = await grain.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));
        var store = fixture.Service<CaseEventStore>();

        // A second activation of the case (a cluster that briefly disagrees on where it lives) appends first.
        var theirs = new EvidenceAdded([EventFile.From(CaseSamples.File("另一处.jpg", "image/jpeg"))], "filing", "另一处写入") { Actor = "other", At = CaseSamples.At(2026, 3, 2, 11) };
        var other = await store.AppendAsync(tenant, "2026-0001", opened.LastSequence, [new NewCaseEvent("evidence.added", CaseEventCodec.Instance.Encode(theirs), theirs.Actor, theirs.At, [theirs.Files[0].Hash])]);
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.AddEvidenceAsync(new AddEvidenceCommand(CaseSamples.File("照片.jpg", "image/jpeg"), "filing", "现场照片", "xintian-scjg.officer", CaseSamples.At(2026, 3, 2, 12))));
        var reloaded = await grain.GetAsync();

        Assert.True(other.Succeeded);
        Assert.Equal(ErrorCodes.Conflict, refused.Code);
        Assert.Equal(2, (await grain.GetEventsAsync()).Count);
        Assert.Equal(2, reloaded!.LastSequence);
    }
}
