using SanXiang.Silo.Host.Tests.EventLog;

namespace SanXiang.Silo.Host.Tests.Hostile;

public sealed class SqliteShortenedCaseFileShould : ShortenedCaseFileContract
{
    private protected override Task<EventLogBackend> CreateBackendAsync() => Task.FromResult<EventLogBackend>(SqliteBackend.Create());
}
