using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Tenancy.AspNetCore;
using SanXiang.Tenancy.Context;
using SanXiang.Tenancy.Resolution;

namespace SanXiang.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    public static TenantBuilder<TTenantInfo> AddMultiTenant<TTenantInfo>(this IServiceCollection services)
        where TTenantInfo : class, ITenantInfo
    {
        services.AddSingleton<AsyncLocalTenantContextAccessor<TTenantInfo>>();
        services.AddSingleton<ITenantContextAccessor<TTenantInfo>>(sp => sp.GetRequiredService<AsyncLocalTenantContextAccessor<TTenantInfo>>());
        services.AddSingleton<ITenantContextSetter<TTenantInfo>>(sp => sp.GetRequiredService<AsyncLocalTenantContextAccessor<TTenantInfo>>());
        services.AddSingleton<TenantResolver<TTenantInfo>>();
        return new TenantBuilder<TTenantInfo>(services);
    }

    public static IApplicationBuilder UseMultiTenant<TTenantInfo>(this IApplicationBuilder app)
        where TTenantInfo : class, ITenantInfo =>
        app.UseMiddleware<TenantMiddleware<TTenantInfo>>();
}
