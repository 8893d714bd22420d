namespace SanXiang.Silo.Host.Tests.Catalog;

[CollectionDefinition(Name)]
public sealed class CatalogClusterCollection : ICollectionFixture<CatalogClusterFixture>
{
    public const string Name = "catalog cluster";
}
