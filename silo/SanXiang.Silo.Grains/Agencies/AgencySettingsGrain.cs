using SanXiang.Domain.Agencies;
using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Grains.Agencies;

public sealed class AgencySettingsGrain(
    [PersistentState("agency-settings", Names.Storage)] IPersistentState<AgencySettingsGrain.State> state) : Grain, IAgencySettingsGrain
{
    public Task<IReadOnlyDictionary<string, string>> GetDocumentDefaultsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(state.State.DocumentDefaults);

    public async Task<IReadOnlyDictionary<string, string>> SaveDocumentDefaultsAsync(IReadOnlyDictionary<string, string?> values)
    {
        var kept = DocumentDefaultFields.Check(values);
        state.State = new State { DocumentDefaults = new Dictionary<string, string>(kept, StringComparer.Ordinal) };
        await state.WriteStateAsync();
        return state.State.DocumentDefaults;
    }

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public Dictionary<string, string> DocumentDefaults { get; init; } = new(StringComparer.Ordinal);
    }
}
