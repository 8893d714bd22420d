using Orleans.Concurrency;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Silo.Grains.Cases;

[StatelessWorker]
public sealed class CaseListGrain(CaseSummaryQueries queries) : Grain, ICaseListGrain
{
    private string TenantId => this.GetPrimaryKeyString();

    public Task<CaseListPage> ListAsync(CaseQuery query, int first, string? after) => queries.ListAsync(TenantId, query, first, after);

    public Task<int> CountAsync(CaseQuery query) => queries.CountAsync(TenantId, query);
}
