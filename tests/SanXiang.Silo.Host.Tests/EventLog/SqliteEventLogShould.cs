namespace SanXiang.Silo.Host.Tests.EventLog;

public sealed class SqliteEventLogShould : EventLogContract
{
    private protected override Task<EventLogBackend> CreateBackendAsync() => Task.FromResult<EventLogBackend>(SqliteBackend.Create());
}
