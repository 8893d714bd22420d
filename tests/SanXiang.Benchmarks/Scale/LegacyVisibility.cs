using SanXiang.Silo;
using SanXiang.Silo.Agencies;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// The "before" figure: how main listed a supervisor's agencies (TenantReader.ListVisibleAsync and
/// TenantAccess.CanSeeAsync before the read model): every profile from the directory grain, then for
/// each one a walk up its parents with one directory call per level until a department of the user's.
/// Kept here, not in the product, only to measure against.
/// </summary>
internal static class LegacyVisibility
{
    public static async Task<int> CountVisibleAsync(IGrainFactory grains, string member)
    {
        var directory = grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);
        var visible = 0;
        foreach (var profile in await directory.ListAsync())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var id = profile.Id; id is not null && seen.Add(id);)
            {
                if (id == member)
                {
                    visible++;
                    break;
                }

                id = (await directory.FindAsync(id))?.ParentId;
            }
        }

        return visible;
    }
}
