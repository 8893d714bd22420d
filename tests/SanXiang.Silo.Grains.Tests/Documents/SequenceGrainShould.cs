using SanXiang.Silo.Documents;
using SanXiang.Domain.Errors;

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
    public void RefuseAKindThatWouldSplitTheKey() =>
        Assert.Throws<ArgumentException>(() => SequenceKeys.For("t-1", "penalty/decision", 2026));
}
