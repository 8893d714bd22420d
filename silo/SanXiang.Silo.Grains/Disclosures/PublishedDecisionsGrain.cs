using Orleans.Concurrency;
using SanXiang.Silo.Disclosures;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Silo.Grains.Disclosures;

[StatelessWorker]
public sealed class PublishedDecisionsGrain(DisclosureQueries queries) : Grain, IPublishedDecisionsGrain
{
    public Task<PublicDecisionPage> SearchAsync(PublishedDecisionQuery query, int first, string? after) => queries.SearchPublishedAsync(query, first, after);
}
