using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using SanXiang.Silo.Documents;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.Documents;

namespace SanXiang.Silo.Grains.Tests.Documents;

[Collection(ClusterCollection.Name)]
public class SequenceGrainShould(ClusterFixture fixture)
{
    private ISequenceGrain NewSequence() =>
        fixture.Grains.GetGrain<ISequenceGrain>(SequenceKeys.For(Samples.NewTenantId(), "penalty-decision", 2026));

    [Fact]
    public async Task ListWhichCaseAndDocumentTookEachNumber()
    {
        var sequence = NewSequence();
        await sequence.TakeAsync("case-7", "doc-a");
        await sequence.TakeAsync("case-9", "doc-b");

        var ledger = await sequence.ListAsync();

        Assert.Equal([(1, "case-7", "doc-a"), (2, "case-9", "doc-b")], ledger.Select(e => (e.Number, e.CaseId, e.DocumentId)));
        Assert.All(ledger, e => Assert.True(e.TakenAt > DateTimeOffset.UtcNow.AddMinutes(-10)));
    }

    [Fact]
    public async Task GiveADocumentItsNumberAgainRatherThanANewOne()
    {
        var sequence = NewSequence();
        await sequence.TakeAsync("case-1", "doc-a");

        Assert.Equal(1, await sequence.TakeAsync("case-1", "doc-a"));
        Assert.Equal(2, await sequence.TakeAsync("case-1", "doc-b"));
        Assert.Equal(2, (await sequence.ListAsync()).Count);
    }

    [Fact]
    public async Task RefuseADocumentIdThatAnotherCaseTookANumberFor()
    {
        var sequence = NewSequence();
        await sequence.TakeAsync("case-1", "doc-a");

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => sequence.TakeAsync("case-2", "doc-a"));

        Assert.Equal(ErrorCodes.Conflict, refused.Code);
    }

    [Fact]
    public async Task CarryOverALedgerKeptInGrainStateBeforeTheNumbersTable()
    {
        var key = SequenceKeys.For(Samples.NewTenantId(), "penalty-decision", 2025);
        var at = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(Names.Storage);
        // A List, as the grain's state held it once read back from storage.
        var legacy = new SequenceGrain.State { Last = 2, Ledger = new List<SequenceEntry> { new(1, "case-1", "doc-a", at), new(2, "case-2", "doc-b", at) } };
        await storage.WriteStateAsync("sequence", GrainId.Create("sequence", key), new GrainState<SequenceGrain.State>(legacy));
        var sequence = fixture.Grains.GetGrain<ISequenceGrain>(key);

        Assert.Equal(3, await sequence.TakeAsync("case-3", "doc-c"));
        Assert.Equal(1, await sequence.TakeAsync("case-1", "doc-a"));
        var ledger = await sequence.ListAsync();
        Assert.Equal([(1, "doc-a"), (2, "doc-b"), (3, "doc-c")], ledger.Select(e => (e.Number, e.DocumentId)));
        Assert.Equal(at, ledger[0].TakenAt);
    }

    [Fact]
    public void RefuseAKindThatWouldSplitTheKey() =>
        Assert.Throws<ArgumentException>(() => SequenceKeys.For("t-1", "penalty/decision", 2026));
}
