using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Grains.Reviews;
using SanXiang.Silo.Grains.Transparency;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Host.EventLog;

public static class EventLogSiloBuilderExtensions
{
    /// <summary>
    /// The case event log on the silo's own database (its tables come with the schema scripts):
    /// one <see cref="CaseEventStore"/> per process, so one group-commit writer per database. Its
    /// participants write derived rows in each append's transaction: the Merkle tree's nodes and the
    /// read model's case summaries (<see cref="CaseSummaryTable"/>) , legal-review queue (<see cref="ReviewQueueTable"/>) and disclosures (<see cref="DisclosureTable"/>).
    /// </summary>
    public static ISiloBuilder AddSanXiangEventLog(this ISiloBuilder silo, StorageTarget target)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(target);
        silo.Services.AddSingleton(ToEventLogDatabase(target));
        silo.Services.AddSingleton<IAppendParticipant, MerkleTreeAppender>();
        silo.Services.AddSingleton<CaseEventStore>();
        silo.Services.AddSingleton<TenantMerkleLog>();
        silo.Services.AddSingleton<WitnessStore>();
        silo.Services.AddSingleton<CaseProcedures>();
        silo.Services.AddSingleton<ReviewCatalogEditions>();
        silo.Services.AddSingleton<IAppendParticipant, CaseSummaryTable>();
        silo.Services.AddSingleton<CaseSummaryQueries>();
        silo.Services.AddSingleton<IAppendParticipant, ReviewQueueTable>();
        silo.Services.AddSingleton<ReviewQueueQueries>();
        silo.Services.AddSingleton<IAppendParticipant, DisclosureTable>();
        silo.Services.AddSingleton<DisclosureQueries>();
        return silo;
    }

    public static EventLogDatabase ToEventLogDatabase(StorageTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var dialect = target.Provider == StorageProvider.Postgres ? EventLogDialect.Postgres : EventLogDialect.Sqlite;
        return new EventLogDatabase(dialect, target.ConnectionString);
    }
}
