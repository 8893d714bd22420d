namespace SanXiang.Silo.Grains.Tests.Disclosures;

[Collection(ClusterCollection.Name)]
public sealed class SqliteDisclosureShould(ClusterFixture fixture) : DisclosureContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task DraftPublishFindAndWithdrawADecision() => DraftPublishFindAndWithdrawADecisionAsync();

    [Fact]
    public Task RefuseARecordOtherThanTheOneShown() => RefuseARecordOtherThanTheOneShownAsync();

    [Fact]
    public Task RebuildTheRowsTheAppendsWrote() => RebuildTheRowsTheAppendsWroteAsync();

    private protected override T Service<T>() => fixture.Service<T>();
}
