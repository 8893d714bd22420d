using SanXiang.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Host.Tests.Catalog;

/// <summary>
/// One in-process silo that loads the shipped catalog at start-up, as AddSanXiangSilo does, with
/// the administrator's password configured and demo data on (the SQLite default), and the directory's
/// read model on a SQLite file of its own.
/// </summary>
public sealed class CatalogClusterFixture : IAsyncLifetime
{
    public const string AdminPassword = "Admin@Test-2026";

    private readonly string dataDir = Directory.CreateTempSubdirectory("sanxiang-catalog-").FullName;

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IServiceProvider SiloServices => Cluster.Primary is InProcessSiloHandle silo
        ? silo.SiloHost.Services
        : throw new InvalidOperationException("The test silo runs in process.");

    public async Task InitializeAsync()
    {
        await new SchemaMigrator(StorageTarget.Sqlite(dataDir)).ApplyAsync(SchemaCatalog.For(StorageProvider.Sqlite));
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SanXiang:Admin:Password"] = AdminPassword,
            [CatalogSiloConfigurator.DataDirKey] = dataDir,
        }));
        builder.AddSiloBuilderConfigurator<CatalogSiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }
}
