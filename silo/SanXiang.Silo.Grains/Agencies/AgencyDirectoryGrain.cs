using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.Agencies.ReadModel;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Agencies;

/// <summary>
/// The one writer of the directory. Its state is the source; the read-model tables follow it: each
/// change is written to the state first, then to the tables with the state's new version. A write
/// to the tables that fails (or a silo that stops between the two) leaves the tables at an older
/// version, and the next activation, seeing the versions differ, rebuilds them from the state.
/// Reads of the state interleave with a write in progress: they may see a change a moment before it
/// is durable, never a half-applied one (a turn's synchronous part is not interleaved).
/// </summary>
public sealed class AgencyDirectoryGrain(
    [PersistentState("directory", Names.Storage)] IPersistentState<AgencyDirectoryGrain.State> state,
    EventLogDatabase database) : Grain, IAgencyDirectoryGrain
{
    private readonly AgencyDirectoryTables tables = new(database);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The tables mirror one directory; a second one under another key would overwrite them with its own state.
        if (this.GetPrimaryKeyString() != GrainKeys.Platform)
        {
            throw new InvalidOperationException($"The agency directory lives under the key '{GrainKeys.Platform}' only, not '{this.GetPrimaryKeyString()}'.");
        }

        if (await tables.ReadVersionAsync() != state.State.Version)
        {
            await tables.ReplaceAsync(state.State.Agencies, state.State.Version);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public Task<IReadOnlyList<AgencyProfile>> ListAsync() =>
        Task.FromResult<IReadOnlyList<AgencyProfile>>([.. state.State.Agencies.Values.OrderBy(a => a.RegionCode, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)]);

    public Task<AgencyProfile?> FindAsync(string tenantId) =>
        Task.FromResult(state.State.Agencies.GetValueOrDefault(tenantId));

    public Task RecordAsync(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return RecordAllAsync([profile]);
    }

    public async Task RecordAllAsync(IReadOnlyList<AgencyProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var agencies = state.State.Agencies;
        var changed = profiles
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Select(g => g.Last())
            .Where(p => !agencies.TryGetValue(p.Id, out var known) || known != p)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var previous = changed.ToDictionary(p => p.Id, p => agencies.GetValueOrDefault(p.Id), StringComparer.Ordinal);
        foreach (var profile in changed)
        {
            agencies[profile.Id] = profile;
        }

        await WriteStateAsync(() =>
        {
            foreach (var (id, before) in previous)
            {
                if (before is null)
                {
                    agencies.Remove(id);
                }
                else
                {
                    agencies[id] = before;
                }
            }
        });

        // A new agency, or one under another parent, changes the closure of everything below it, and
        // the count of children of the parent it left and of the one it joined.
        var moved = changed.Where(p => previous[p.Id] is not { } before || before.ParentId != p.ParentId).ToList();
        var parents = moved
            .SelectMany(p => new[] { previous[p.Id]?.ParentId, p.ParentId })
            .OfType<string>()
            .Where(id => !previous.ContainsKey(id) && agencies.ContainsKey(id))
            .Distinct(StringComparer.Ordinal)
            .Select(id => agencies[id]);
        IReadOnlyCollection<AgencyProfile> rows = [.. changed, .. parents];
        await WriteTablesAsync(() => tables.WriteAsync(rows, AgencyClosure.SubtreesOf(moved.Select(p => p.Id), agencies), agencies, state.State.Version));
    }

    public async Task<int> RebuildReadModelAsync()
    {
        // A new version, so that every cache of tenants forgets what it holds.
        await WriteStateAsync(() => { });
        await WriteTablesAsync(() => tables.ReplaceAsync(state.State.Agencies, state.State.Version));
        return state.State.Agencies.Count;
    }

    private async Task WriteStateAsync(Action undo)
    {
        state.State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not known to be stored. The write may still have landed (a timeout), so this
            // activation goes and the next one reads what storage really holds.
            undo();
            state.State.Version--;
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task WriteTablesAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch
        {
            // The state is ahead of the tables now; the next activation sees it and rebuilds them.
            DeactivateOnIdle();
            throw;
        }
    }

    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public Dictionary<string, AgencyProfile> Agencies { get; init; } = new(StringComparer.Ordinal);

        /// <summary>Bumped by every change; the read-model tables record the version they reflect.</summary>
        [Id(1)]
        public long Version { get; set; }
    }
}
