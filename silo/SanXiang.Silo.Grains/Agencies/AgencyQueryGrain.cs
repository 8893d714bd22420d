using Orleans.Concurrency;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.Agencies.ReadModel;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Agencies;

/// <summary>
/// Holds nothing: each call is one query of the directory's read-model tables. A stateless worker
/// so every silo answers from a local activation, and reentrant so one activation serves many
/// queries while each waits on the database.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class AgencyQueryGrain(EventLogDatabase database) : Grain, IAgencyQueryGrain
{
    private readonly AgencyDirectoryQueries queries = new(database);

    public Task<AgencyListPage> ListAsync(AgencyQuery query) => queries.ListAsync(query);

    public Task<AgencyProfile?> FindAsync(string tenantId) => queries.FindAsync(tenantId);

    public Task<bool> IsWithinAsync(IReadOnlyList<string> ancestors, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(ancestors);
        return queries.IsWithinAsync(ancestors, tenantId);
    }

    public Task<IReadOnlyList<string>> AncestorsAsync(string tenantId) => queries.AncestorsAsync(tenantId);

    public Task<AgencyChanges> ChangesSinceAsync(long version) => queries.ChangesSinceAsync(version);
}
