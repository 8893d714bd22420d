namespace SanXiang.Silo.Host.Tests.EventLog;

public sealed class PostgresJournaledGrainShould : JournaledGrainContract
{
    private protected override async Task<EventLogBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
