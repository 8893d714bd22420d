using Orleans.Concurrency;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

/// <summary>Holds nothing: each call is one query of <c>published_officers</c> for the agency of its key.</summary>
[StatelessWorker]
[Reentrant]
public sealed class PublishedOfficersGrain(EventLogDatabase database) : Grain, IPublishedOfficersGrain
{
    private readonly PublishedOfficerQueries queries = new(database);

    private string TenantId => this.GetPrimaryKeyString();

    public Task<PublishedOfficerPage> ListAsync(int first, string? after) => queries.ListAsync(TenantId, first, after);

    public Task<PublishedOfficer?> FindAsync(string certificateNumber) => queries.FindAsync(TenantId, certificateNumber);

    public Task<IReadOnlyList<PublishedOfficer>> SearchAsync(string text, int first) => queries.SearchAsync(TenantId, text, first);
}
