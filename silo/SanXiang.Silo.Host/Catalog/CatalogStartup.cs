using Microsoft.Extensions.Logging;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// Reads and checks the catalog early in silo start-up, so that a malformed catalog stops the silo
/// before it joins the cluster, then seeds it and the accounts once the silo is active and grains
/// can be called.
/// </summary>
public sealed partial class CatalogStartup(
    CatalogLocation location,
    CatalogSeeder seeder,
    AccountBootstrap accounts,
    SanXiangOptions options,
    ILogger<CatalogStartup> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private SeedCatalog? catalog;

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(CatalogStartup), ServiceLifecycleStage.RuntimeInitialize, ReadAsync);
        lifecycle.Subscribe(nameof(CatalogStartup), ServiceLifecycleStage.Active, SeedAsync);
    }

    private Task ReadAsync(CancellationToken cancellationToken)
    {
        catalog = CatalogReader.Read(location.Directory);
        foreach (var warning in catalog.Warnings)
        {
            LogWarning(warning.ToString());
        }

        return Task.CompletedTask;
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var checkedCatalog = catalog ?? CatalogReader.Read(location.Directory);
        await seeder.SeedAsync(checkedCatalog, cancellationToken);
        await accounts.EnsureAdminAsync(Console.Out);
        if (options.DemoDataEnabled)
        {
            await accounts.EnsureDemoAccountsAsync(checkedCatalog);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog: {Warning}")]
    private partial void LogWarning(string warning);
}
