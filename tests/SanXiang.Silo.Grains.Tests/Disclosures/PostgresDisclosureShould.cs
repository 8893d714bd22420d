using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Disclosures;

public sealed class PostgresDisclosureShould(PostgresCluster postgres) : DisclosureContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    [PostgresFact]
    public Task DraftPublishFindAndWithdrawADecision() => DraftPublishFindAndWithdrawADecisionAsync();

    [PostgresFact]
    public Task RefuseARecordOtherThanTheOneShown() => RefuseARecordOtherThanTheOneShownAsync();

    [PostgresFact]
    public Task RebuildTheRowsTheAppendsWrote() => RebuildTheRowsTheAppendsWroteAsync();

    private protected override T Service<T>() => postgres.Service<T>();
}
