using SanXiang.Silo.Host.Tests.EventLog;

namespace SanXiang.Silo.Host.Tests.Transparency;

public sealed class SqliteWitnessShould : WitnessContract
{
    private protected override Task<EventLogBackend> CreateBackendAsync() => Task.FromResult<EventLogBackend>(SqliteBackend.Create());
}
