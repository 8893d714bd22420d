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

    /// <summary>Adds a store; stores are asked in the order they were added (see <see cref="TenantStores{TTenantInfo}"/>).</summary>
    public TenantBuilder<TTenantInfo> WithStore<TStore>()
        where TStore : class, ITenantStore<TTenantInfo>
    {
        Services.TryAddSingleton<TStore>();
        Services.AddSingleton(new TenantStoreSlot<TTenantInfo>(services => services.GetRequiredService<TStore>()));
        Services.TryAddSingleton<ITenantStore<TTenantInfo>>(services =>
            new TenantStores<TTenantInfo>(services.GetServices<TenantStoreSlot<TTenantInfo>>().Select(slot => slot.Resolve(services))));
        return this;
    }

    /// <summary>
    /// Adds an in-memory cache of tenants that learns of changes from <typeparamref name="TFeed"/>; add it
    /// before the stores it caches. <paramref name="configure"/> may shorten or lengthen how stale it may get.
    /// </summary>
    public TenantBuilder<TTenantInfo> WithCacheStore<TFeed>(Action<TenantCacheOptions>? configure = null)
        where TFeed : class, ITenantChangeFeed
    {
        Services.TryAddSingleton<ITenantChangeFeed, TFeed>();
        Services.TryAddSingleton(TimeProvider.System);
        Services.AddOptions<TenantCacheOptions>().Configure(options => configure?.Invoke(options));
        return WithStore<MemoryCacheTenantStore<TTenantInfo>>();
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
