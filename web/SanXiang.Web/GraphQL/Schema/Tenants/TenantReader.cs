using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

/// <summary>
/// The one way resolvers reach tenant data: every read checks who may see the tenant, and every
/// tenant-scoped grain call carries the tenant call context so the silo's guard can refuse a
/// request that works in one tenant (<c>X-SanXiang-Tenant</c>) and reads another. Lists are one
/// read-model query with the caller's visibility as its scope.
/// </summary>
public sealed class TenantReader(IGrainFactory grains, TenantAccess access)
{
    private IAgencyQueryGrain Directory => grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);

    /// <summary>A page of the agencies the caller may see; the query's own scope is replaced by the caller's.</summary>
    public Task<AgencyListPage> ListVisibleAsync(GraphQLUserContext caller, AgencyQuery query)
    {
        Callers.RequireSignedIn(caller);
        ArgumentNullException.ThrowIfNull(query);
        return Directory.ListAsync(query with { Within = TenantAccess.ScopeOf(caller.User) });
    }

    /// <summary>The tenant's profile; TENANT_NOT_FOUND for an unknown id, FORBIDDEN for one the caller may not see.</summary>
    public async Task<AgencyProfile> GetVisibleAsync(GraphQLUserContext caller, string tenantId)
    {
        Callers.RequireSignedIn(caller);
        var profile = await Directory.FindAsync(tenantId)
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"未找到机关“{tenantId}”。");
        if (!await access.CanSeeAsync(caller.User, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "您无权查看该机关。");
        }

        return profile;
    }

    /// <summary>The agencies <paramref name="tenantId"/> supervises directly: a department has tens of them, never thousands.</summary>
    public async Task<IReadOnlyList<AgencyProfile>> ChildrenOfAsync(string tenantId) =>
        [.. (await Directory.ListAsync(new AgencyQuery(null, AgencyQuery.MaxFirst, ParentId: tenantId))).Items.Select(item => item.Profile)];

    public Task<Agency?> GetAgencyAsync(GraphQLUserContext caller, string tenantId) =>
        InTenantAsync(caller, tenantId, () => grains.GetGrain<IAgencyGrain>(tenantId).GetAsync());

    /// <summary>
    /// Runs a grain call on behalf of the request's tenant (the header's), or else of the tenant
    /// being read (<see cref="TenantCallContext.RunAsync"/>).
    /// </summary>
    public static async Task<T> InTenantAsync<T>(GraphQLUserContext caller, string tenantId, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await TenantCallContext.RunAsync(caller.HeaderTenantId ?? tenantId, call);
    }
}
