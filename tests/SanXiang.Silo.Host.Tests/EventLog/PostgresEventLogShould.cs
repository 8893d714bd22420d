namespace SanXiang.Silo.Host.Tests.EventLog;

public sealed class PostgresEventLogShould : EventLogContract
{
    private protected override async Task<EventLogBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
