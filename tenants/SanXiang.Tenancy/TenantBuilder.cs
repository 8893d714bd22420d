using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SanXiang.Tenancy.Blazor;
using SanXiang.Tenancy.Strategies;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy;

/// <summary>Fluent registration. The order of the <c>With…Strategy</c> calls is the order the resolver tries them in.</summary>
public sealed class TenantBuilder<TTenantInfo>(IServiceCollection services)
    where TTenantInfo : class, ITenantInfo
{
    public IServiceCollection Services { get; } = services;

    public TenantBuilder<TTenantInfo> WithStore<TStore>()
        where TStore : class, ITenantStore<TTenantInfo>
    {
        Services.Replace(ServiceDescriptor.Singleton<ITenantStore<TTenantInfo>, TStore>());
        return this;
    }

    public TenantBuilder<TTenantInfo> WithStrategy<TStrategy>()
        where TStrategy : class, ITenantStrategy
    {
        Services.AddSingleton<ITenantStrategy, TStrategy>();
        return this;
    }

    public TenantBuilder<TTenantInfo> WithRouteStrategy() => WithStrategy<RouteStrategy>();

    public TenantBuilder<TTenantInfo> WithHeaderStrategy() => WithStrategy<HeaderStrategy>();

    public TenantBuilder<TTenantInfo> WithClaimStrategy() => WithStrategy<ClaimStrategy>();

    /// <summary>Keeps the tenant across a Blazor Server circuit's events.</summary>
    public TenantBuilder<TTenantInfo> WithBlazorCircuits()
    {
        Services.AddScoped<CircuitTenant<TTenantInfo>>();
        Services.AddScoped<CircuitHandler, TenantCircuitHandler<TTenantInfo>>();
        return this;
    }
}
