using SanXiang.Silo.Host.Tests.EventLog;

namespace SanXiang.Silo.Host.Tests.Hostile;

public sealed class PostgresShortenedCaseFileShould : ShortenedCaseFileContract
{
    private protected override async Task<EventLogBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
