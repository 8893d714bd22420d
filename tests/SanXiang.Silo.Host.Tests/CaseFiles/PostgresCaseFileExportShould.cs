using SanXiang.Silo.Host.Tests.EventLog;

namespace SanXiang.Silo.Host.Tests.CaseFiles;

public sealed class PostgresCaseFileExportShould : CaseFileExportContract
{
    private protected override async Task<EventLogBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
