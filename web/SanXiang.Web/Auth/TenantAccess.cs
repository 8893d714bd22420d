using System.Security.Claims;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Auth;

/// <summary>
/// Who may see a tenant: the platform administrator; anyone with a role in it; and anyone with a
/// role in a department above it, because a supervising department oversees its roll-out.
/// </summary>
public sealed class TenantAccess(IGrainFactory grains)
{
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsPlatformAdmin())
        {
            return true;
        }

        var member = user.MemberTenants().ToHashSet(StringComparer.Ordinal);
        if (member.Count == 0)
        {
            return false;
        }

        var directory = grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = tenantId; id is not null && seen.Add(id);)
        {
            if (member.Contains(id))
            {
                return true;
            }

            id = (await directory.FindAsync(id))?.ParentId;
        }

        return false;
    }
}
