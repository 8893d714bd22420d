using SanXiang.Tests.Shared;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public sealed class SqliteCaseTamperShould(ClusterFixture fixture) : CaseTamperContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task FindAnEventWhosePayloadWasAlteredInTheDatabase() => FindAnAlteredPayloadAsync();

    [Fact]
    public Task FindAnAttachedFileHashSwappedInTheDatabase() => FindASwappedFileHashAsync();

    private protected override Task TamperAsync(string sql) => AppendOnlyBypass.RunAsync(CasesSiloSetup.SqliteTarget.ConnectionString, postgres: false, sql);
}
