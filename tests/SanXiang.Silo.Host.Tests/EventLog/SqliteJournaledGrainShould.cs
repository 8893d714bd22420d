namespace SanXiang.Silo.Host.Tests.EventLog;

public sealed class SqliteJournaledGrainShould : JournaledGrainContract
{
    private protected override Task<EventLogBackend> CreateBackendAsync() => Task.FromResult<EventLogBackend>(SqliteBackend.Create());
}
