using Microsoft.Extensions.DependencyInjection;
using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;
using SanXiang.Domain.Files;
using SanXiang.Silo.Grains.Blobs;
using SanXiang.Silo.Grains.Documents;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Grains.Tests.Documents;
using SanXiang.Silo.Sectors;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.Tests;

/// <summary>
/// What document issuing needs in the test silo: the real 市场监管 plugin, a copy of it whose
/// templates do not render, one a test can upgrade, and a blob store in a temporary data directory.
/// </summary>
internal static class DocumentsSiloSetup
{
    public static readonly string DataDir = Directory.CreateTempSubdirectory("sanxiang-grains-").FullName;

    public static ISiloBuilder AddDocumentsForTests(this ISiloBuilder silo)
    {
        var market = new MarketRegulationPlugin();
        silo.Services.AddSingleton<ISectorRegistry>(new SectorRegistry("test", [Loaded(market), Loaded(new UnrenderablePlugin(market)), Loaded(new UpgradablePlugin(market))], []));
        silo.Services.AddSanXiangBlobs(DataDir);
        return silo.AddSanXiangDocuments();
    }

    public static IDocumentIssuer Issuer(this ClusterFixture fixture) => Services(fixture).GetRequiredService<IDocumentIssuer>();

    public static FolderBlobStore Blobs(this ClusterFixture fixture) => (FolderBlobStore)Services(fixture).GetRequiredService<IBlobStore>();

    public static T Service<T>(this ClusterFixture fixture)
        where T : notnull => Services(fixture).GetRequiredService<T>();

    public static UpgradablePlugin Upgradable(this ClusterFixture fixture) =>
        (UpgradablePlugin)Services(fixture).GetRequiredService<ISectorRegistry>().Find(UpgradablePlugin.SectorId)!;

    public static void DeleteDataDir() => Directory.Delete(DataDir, recursive: true);

    private static IServiceProvider Services(ClusterFixture fixture) => fixture.Cluster.GetSiloServiceProvider();

    private static LoadedSectorPlugin Loaded(ISectorPlugin plugin) => new(plugin.Sector.Id, "test", plugin.GetType().Assembly, plugin);
}
