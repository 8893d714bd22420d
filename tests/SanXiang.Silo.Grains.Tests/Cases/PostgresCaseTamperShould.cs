using SanXiang.Tests.Shared;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>The same tampering on a case whose event log is in PostgreSQL: a silo of its own on a fresh database.</summary>
public sealed class PostgresCaseTamperShould : CaseTamperContract, IAsyncLifetime
{
    private PostgresSilo? silo;

    private protected override IGrainFactory Grains => silo?.Cluster.GrainFactory ?? throw new InvalidOperationException("Not started.");

    [PostgresFact]
    public Task FindAnEventWhosePayloadWasAlteredInTheDatabase() => FindAnAlteredPayloadAsync();

    [PostgresFact]
    public Task FindAnAttachedFileHashSwappedInTheDatabase() => FindASwappedFileHashAsync();

    public async Task InitializeAsync() => silo = await PostgresSilo.StartAsync("sx_cases");

    public async Task DisposeAsync()
    {
        if (silo is not null)
        {
            await silo.DisposeAsync();
        }
    }

    private protected override Task TamperAsync(string sql) => AppendOnlyBypass.RunAsync(silo!.ConnectionString, postgres: true, sql);
}
