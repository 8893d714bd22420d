namespace SanXiang.Silo.Host.Tests.EventLog;

public sealed class SqliteStoredMerkleTreeShould : StoredMerkleTreeContract
{
    private protected override Task<EventLogBackend> CreateBackendAsync() => Task.FromResult<EventLogBackend>(SqliteBackend.Create());
}
