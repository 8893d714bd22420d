using Orleans.Concurrency;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

/// <summary>Holds nothing: each call is one query of <c>published_officers</c> across every agency.</summary>
[StatelessWorker]
[Reentrant]
public sealed class PublishedOfficerSearchGrain(EventLogDatabase database) : Grain, IPublishedOfficerSearchGrain
{
    private readonly PublishedOfficerQueries queries = new(database);

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        this.GetPrimaryKeyString() == GrainKeys.Platform
            ? base.OnActivateAsync(cancellationToken)
            : throw new InvalidOperationException($"The officer search across agencies lives under the key '{GrainKeys.Platform}' only.");

    public Task<IReadOnlyList<PublishedOfficer>> SearchAsync(string text, int first) => queries.SearchAsync(null, text, first);
}
