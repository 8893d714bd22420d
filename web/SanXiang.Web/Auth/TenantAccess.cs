using System.Security.Claims;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Auth;

/// <summary>
/// Who may see a tenant: the platform administrator; anyone with a role in it; and anyone with a
/// role in a department above it, at any depth, because a supervising department oversees its
/// roll-out. "Above" is one lookup in the directory's ancestor closure, not a walk up the parents.
/// </summary>
public sealed class TenantAccess(IGrainFactory grains)
{
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (ScopeOf(user) is not { } scope)
        {
            return true;
        }

        if (scope.Count == 0)
        {
            return false;
        }

        return scope.Contains(tenantId, StringComparer.Ordinal)
            || await grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform).IsWithinAsync(scope, tenantId);
    }

    /// <summary>The agencies whose subtrees the user may see (a list query's scope); null for the platform administrator, who sees all.</summary>
    public static IReadOnlyList<string>? ScopeOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsPlatformAdmin() ? null : [.. user.MemberTenants().Distinct(StringComparer.Ordinal)];
    }
}
