namespace SanXiang.Web.Tests.Cluster;

/// <summary>One cluster for every client-mode test: starting it (two silo processes, a database, a web host) takes a while.</summary>
[CollectionDefinition(Name)]
public sealed class ClientModeClusterCollection : ICollectionFixture<ClientModeCluster>
{
    public const string Name = "client-mode-cluster";
}
