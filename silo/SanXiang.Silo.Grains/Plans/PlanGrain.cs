using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Plans;

public sealed class PlanGrain(
    [PersistentState("plan", Names.Storage)] IPersistentState<PlanGrain.State> state) : Grain, IPlanGrain
{
    public Task<ImplementationPlan?> GetAsync() => Task.FromResult(state.State.Plan);

    public async Task<bool> SeedAsync(ImplementationPlan plan, string catalogVersion)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (state.State.Plan?.EditedAt is not null || state.State.CatalogVersion == catalogVersion)
        {
            return false;
        }

        state.State = new State { Plan = plan with { EditedAt = null }, CatalogVersion = catalogVersion };
        await state.WriteStateAsync();
        return true;
    }

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public ImplementationPlan? Plan { get; init; }

        [Id(1)]
        public string? CatalogVersion { get; init; }
    }
}
