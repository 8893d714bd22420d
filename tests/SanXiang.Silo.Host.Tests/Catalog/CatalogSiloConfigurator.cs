using Orleans.TestingHost;
using SanXiang.Silo.Grains;

namespace SanXiang.Silo.Host.Tests.Catalog;

public sealed class CatalogSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.AddMemoryGrainStorage(Names.Storage).AddSanXiangGrains().AddSanXiangCatalog();
}
