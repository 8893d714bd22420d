using Microsoft.Extensions.DependencyInjection;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy;

public static class SanXiangTenancyExtensions
{
    /// <summary>
    /// Agencies as tenants. Order matters: a request that names a tenant (route, then header) is
    /// served for that tenant; only a request that names none falls back to the user's home tenant.
    /// </summary>
    public static IServiceCollection AddSanXiangTenancy(this IServiceCollection services)
    {
        services.AddMultiTenant<SanXiangTenantInfo>()
            .WithStore<AgencyTenantStore>()
            .WithRouteStrategy()
            .WithHeaderStrategy()
            .WithClaimStrategy()
            .WithBlazorCircuits();
        return services;
    }
}
