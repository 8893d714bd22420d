using Orleans.Concurrency;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.Supervision;

/// <summary>Holds nothing: each list is one indexed read of the supervision read model, answered by a local activation.</summary>
[StatelessWorker]
[Reentrant]
public sealed class SupervisionQueryGrain(EventLogDatabase database) : Grain, ISupervisionQueryGrain
{
    private readonly SupervisionTable table = new(database);

    public Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(string tenantId) => table.InspectionsAsync(tenantId);

    public Task<IReadOnlyList<RectificationSummary>> RectificationsAsync(string tenantId, DateOnly? overdueOn) => table.RectificationsAsync(tenantId, overdueOn);
}
