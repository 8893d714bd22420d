using SanXiang.Silo.Host.Tests.EventLog;

namespace SanXiang.Silo.Host.Tests.Transparency;

public sealed class PostgresWitnessShould : WitnessContract
{
    private protected override async Task<EventLogBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
