using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.Tests.Data;

/// <summary>
/// Just enough of the grains for the console's data service: a directory, agencies (with no settings) and plans in memory.
/// The directory's queries walk the parents in memory; the real closure queries are tested on both databases
/// (SanXiang.Silo.Grains.Tests, AgencyDirectoryContract).
/// </summary>
internal sealed class FakeGrains : IGrainFactory
{
    private readonly Dictionary<string, Agency> agencies = new(StringComparer.Ordinal);

    public List<AgencyProfile> Updates { get; } = [];

    public FakeGrains Add(AgencyProfile profile)
    {
        agencies[profile.Id] = new Agency(profile, [], null, null);
        return this;
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey
    {
        object grain = typeof(TGrainInterface) switch
        {
            var t when t == typeof(IAgencyDirectoryGrain) => new Directory(this),
            var t when t == typeof(IAgencyQueryGrain) => new Queries(this),
            var t when t == typeof(IAgencyGrain) => new AgencyGrain(this, primaryKey),
            var t when t == typeof(IAgencySettingsGrain) => new NoSettings(),
            var t => throw new NotSupportedException(t.Name),
        };
        return (TGrainInterface)grain;
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey => throw new NotSupportedException();

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey => throw new NotSupportedException();

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey => throw new NotSupportedException();

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey => throw new NotSupportedException();

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw new NotSupportedException();

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => throw new NotSupportedException();

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IAddressable => throw new NotSupportedException();

    public IAddressable GetGrain(GrainId grainId) => throw new NotSupportedException();

    public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => throw new NotSupportedException();

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) => throw new NotSupportedException();

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => throw new NotSupportedException();

    private sealed class Directory(FakeGrains grains) : IAgencyDirectoryGrain
    {
        public Task<IReadOnlyList<AgencyProfile>> ListAsync() =>
            Task.FromResult<IReadOnlyList<AgencyProfile>>([.. grains.agencies.Values.Select(a => a.Profile)]);

        public Task<AgencyProfile?> FindAsync(string tenantId) =>
            Task.FromResult(grains.agencies.GetValueOrDefault(tenantId)?.Profile);

        public Task RecordAsync(AgencyProfile profile) => Task.CompletedTask;

        public Task RecordAllAsync(IReadOnlyList<AgencyProfile> profiles) => Task.CompletedTask;

        public Task<int> RebuildReadModelAsync() => throw new NotSupportedException();
    }

    private sealed class Queries(FakeGrains grains) : IAgencyQueryGrain
    {
        public Task<AgencyListPage> ListAsync(AgencyQuery query)
        {
            var profiles = grains.agencies.Values.Select(a => a.Profile).ToList();
            var matching = profiles
                .Where(p => query.Within is null || Within(query.Within, p.Id))
                .Where(p => query.ParentId is null || p.ParentId == query.ParentId)
                .Where(p => !query.TopOnly || p.ParentId is null || (query.Within is null ? !grains.agencies.ContainsKey(p.ParentId) : !Within(query.Within, p.ParentId)))
                .OrderBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToList();
            var page = matching
                .SkipWhile(p => query.After is { } after && string.CompareOrdinal(p.RegionCode + "/" + p.Id, after.RegionCode + "/" + after.Id) <= 0)
                .Take(query.First + 1)
                .Select(p => new AgencyListing(p, p.ParentId is null ? null : grains.agencies.GetValueOrDefault(p.ParentId)?.Profile.Name, profiles.Count(c => c.ParentId == p.Id)))
                .ToList();
            return Task.FromResult(new AgencyListPage([.. page.Take(query.First)], matching.Count, page.Count > query.First));
        }

        public Task<AgencyProfile?> FindAsync(string tenantId) =>
            Task.FromResult(grains.agencies.GetValueOrDefault(tenantId)?.Profile);

        public Task<bool> IsWithinAsync(IReadOnlyList<string> ancestors, string tenantId) => Task.FromResult(Within(ancestors, tenantId));

        public Task<AgencyChanges> ChangesSinceAsync(long version) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> AncestorsAsync(string tenantId) => throw new NotSupportedException();

        private bool Within(IReadOnlyList<string> ancestors, string id)
        {
            for (var current = id; grains.agencies.TryGetValue(current, out var agency); current = agency.Profile.ParentId!)
            {
                if (ancestors.Contains(current))
                {
                    return true;
                }

                if (agency.Profile.ParentId is null)
                {
                    return false;
                }
            }

            return false;
        }
    }

    // An agency that kept no settings: the console opens it with empty document defaults.
    private sealed class NoSettings : IAgencySettingsGrain
    {
        public Task<IReadOnlyDictionary<string, string>> GetDocumentDefaultsAsync() => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

        public Task<IReadOnlyDictionary<string, string>> SaveDocumentDefaultsAsync(IReadOnlyDictionary<string, string?> values) => throw new NotSupportedException();
    }

    private sealed class AgencyGrain(FakeGrains grains, string key) : IAgencyGrain
    {
        public Task<Agency?> GetAsync() => Task.FromResult(grains.agencies.GetValueOrDefault(key));

        public Task<bool> SeedAsync(Agency agency, string catalogVersion) => throw new NotSupportedException();

        public Task<Agency> OnboardAsync(Agency agency) => throw new NotSupportedException();

        public Task<Agency> UpdateProfileAsync(AgencyProfile profile)
        {
            if (profile.Name.Length == 0)
            {
                throw new SanXiangException(ErrorCodes.ValidationFailed, "机关名称不能为空。");
            }

            grains.Updates.Add(profile);
            var updated = grains.agencies[key] with { Profile = profile };
            grains.agencies[key] = updated;
            return Task.FromResult(updated);
        }
    }
}
