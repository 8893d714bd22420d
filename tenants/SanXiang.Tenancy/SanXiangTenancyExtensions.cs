using Microsoft.Extensions.DependencyInjection;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy;

public static class SanXiangTenancyExtensions
{
    /// <summary>
    /// Agencies as tenants, looked up in this process's cache first and in the agency directory when it
    /// misses; a change made through any process reaches every cache within its sync interval (2 s).
    /// Order matters: a request that names a tenant (route, then header) is served for that tenant;
    /// only a request that names none falls back to the user's home tenant.
    /// </summary>
    public static IServiceCollection AddSanXiangTenancy(this IServiceCollection services)
    {
        services.AddMultiTenant<SanXiangTenantInfo>()
            .WithCacheStore<AgencyTenantChangeFeed>()
            .WithStore<AgencyTenantStore>()
            .WithRouteStrategy()
            .WithHeaderStrategy()
            .WithClaimStrategy()
            .WithBlazorCircuits();
        return services;
    }
}
