using Orleans.TestingHost;
using SanXiang.Silo.Grains;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Host.Tests.Catalog;

public sealed class CatalogSiloConfigurator : ISiloConfigurator
{
    /// <summary>Where the fixture put the SQLite file that holds the directory's read model.</summary>
    public const string DataDirKey = "SanXiangTests:DataDir";

    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.AddMemoryGrainStorage(Names.Storage)
            .AddSanXiangGrains()
            .AddSanXiangEventLog(StorageTarget.Sqlite(siloBuilder.Configuration[DataDirKey]!))
            .AddSanXiangCatalog();
}
