using Orleans.Concurrency;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Silo.Grains.Cases;

[StatelessWorker]
public sealed class ReviewQueueGrain(ReviewQueueQueries queries) : Grain, IReviewQueueGrain
{
    private string TenantId => this.GetPrimaryKeyString();

    public Task<ReviewQueuePage> ListAsync(ReviewQueueQuery query, int first, string? after) => queries.ListAsync(TenantId, query, first, after);

    public Task<int> CountAsync(ReviewQueueQuery query) => queries.CountAsync(TenantId, query);
}
