using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SanXiang.Silo.Host.Catalog;

// In the host's namespace so that AddSanXiangSilo hooks it in with a single line.
namespace SanXiang.Silo.Host;

public static class CatalogSiloBuilderExtensions
{
    /// <summary>
    /// Loads the seed catalog (<c>SanXiang:CatalogDir</c>) into the grains at start-up and creates the
    /// platform administrator and, with demo data on, the demo accounts.
    /// </summary>
    public static ISiloBuilder AddSanXiangCatalog(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions());
        silo.Services.TryAddSingleton(sp => CatalogLocation.From(sp.GetRequiredService<IConfiguration>()));
        silo.Services.TryAddSingleton<CatalogSeeder>();
        silo.Services.TryAddSingleton<AccountBootstrap>();
        silo.Services.TryAddSingleton<CatalogStartup>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<CatalogStartup>());
        return silo;
    }
}
