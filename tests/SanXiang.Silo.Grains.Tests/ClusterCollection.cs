namespace SanXiang.Silo.Grains.Tests;

/// <summary>The tests share one silo; each uses its own tenant ids, so they do not see each other's data.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
