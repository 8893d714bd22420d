using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Grains.Agencies;

public sealed class AgencyDirectoryGrain(
    [PersistentState("directory", Names.Storage)] IPersistentState<AgencyDirectoryGrain.State> state) : Grain, IAgencyDirectoryGrain
{
    public Task<IReadOnlyList<AgencyProfile>> ListAsync() =>
        Task.FromResult<IReadOnlyList<AgencyProfile>>([.. state.State.Agencies.Values.OrderBy(a => a.RegionCode, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)]);

    public Task<AgencyProfile?> FindAsync(string tenantId) =>
        Task.FromResult(state.State.Agencies.GetValueOrDefault(tenantId));

    public async Task RecordAsync(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (state.State.Agencies.TryGetValue(profile.Id, out var known) && known == profile)
        {
            return;
        }

        state.State.Agencies[profile.Id] = profile;
        await state.WriteStateAsync();
    }

    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public Dictionary<string, AgencyProfile> Agencies { get; init; } = new(StringComparer.Ordinal);
    }
}
