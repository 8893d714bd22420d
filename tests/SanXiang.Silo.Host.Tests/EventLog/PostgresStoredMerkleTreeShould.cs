namespace SanXiang.Silo.Host.Tests.EventLog;

public sealed class PostgresStoredMerkleTreeShould : StoredMerkleTreeContract
{
    private protected override async Task<EventLogBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
