using SanXiang.Tests.Shared;
using Orleans.TestingHost;

namespace SanXiang.Silo.Grains.Tests;

/// <summary>One in-process silo with memory grain storage under the production storage name and the case event log on SQLite.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        await CasesSiloSetup.CreateSchemaAsync(CasesSiloSetup.SqliteTarget);
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        DocumentsSiloSetup.DeleteDataDir();
    }
}
