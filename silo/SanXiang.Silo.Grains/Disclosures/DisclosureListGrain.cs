using Orleans.Concurrency;
using SanXiang.Silo.Disclosures;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Silo.Grains.Disclosures;

[StatelessWorker]
public sealed class DisclosureListGrain(DisclosureQueries queries) : Grain, IDisclosureListGrain
{
    private string TenantId => this.GetPrimaryKeyString();

    public Task<DisclosurePage> ListAsync(DisclosureQuery query, int first, string? after) => queries.ListAsync(TenantId, query, first, after);

    public Task<int> CountAsync(DisclosureQuery query) => queries.CountAsync(TenantId, query);
}
