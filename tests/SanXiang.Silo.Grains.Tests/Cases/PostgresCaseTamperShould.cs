using SanXiang.Tests.Shared;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>The same tampering on a case whose event log is in PostgreSQL: a silo of its own on a fresh database.</summary>
public sealed class PostgresCaseTamperShould(PostgresCluster postgres) : CaseTamperContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    [PostgresFact]
    public Task FindAnEventWhosePayloadWasAlteredInTheDatabase() => FindAnAlteredPayloadAsync();

    [PostgresFact]
    public Task FindAnAttachedFileHashSwappedInTheDatabase() => FindASwappedFileHashAsync();

    private protected override Task TamperAsync(string sql) => AppendOnlyBypass.RunAsync(postgres.ConnectionString, postgres: true, sql);
}
