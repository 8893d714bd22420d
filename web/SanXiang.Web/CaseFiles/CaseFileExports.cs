using SanXiang.Silo.Grains.CaseFiles;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Web.CaseFiles;

/// <summary>
/// The exporter when this process co-hosts the silo and so holds the event log; null in client-only
/// mode, where the log lives in the silo processes and a web node cannot read it.
/// </summary>
public sealed class CaseFileExports(IServiceProvider services, string dataDir)
{
    public CaseFileExporter? Exporter { get; } =
        services.GetService<CaseEventStore>() is { } store && services.GetService<TenantMerkleLog>() is { } log
            ? new CaseFileExporter(store, log, dataDir)
            : null;
}
