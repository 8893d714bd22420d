using SanXiang.Tests.Shared;
using Orleans.TestingHost;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Tenancy.Tests.Stores;

public class AgencyTenantStoreShould(AgencyTenantStoreShould.Cluster cluster) : TenantStoreContract, IClassFixture<AgencyTenantStoreShould.Cluster>
{
    protected override async Task<ITenantStore<SanXiangTenantInfo>> CreateStoreAsync()
    {
        var directory = cluster.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);
        await directory.RecordAsync(Tenants.Profile(Tenants.Xuchang));
        await directory.RecordAsync(Tenants.Profile(Tenants.Gengma));
        return new AgencyTenantStore(cluster.Grains);
    }

    [Fact]
    public async Task NeverTreatThePlatformPrefixAsATenant()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.TryGetByIdentifierAsync(GrainKeys.Platform));
    }

    public sealed class Cluster : IAsyncLifetime
    {
        private readonly TestCluster cluster = new TestClusterBuilder(1).AddSiloBuilderConfigurator<Configurator>().AddClientBuilderConfigurator<ClientConfigurator>().Build();

        public IGrainFactory Grains => cluster.GrainFactory;

        public Task InitializeAsync() => cluster.DeployAsync();

        public async Task DisposeAsync() => await cluster.DisposeAsync();

        private sealed class Configurator : ISiloConfigurator
        {
            public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddMemoryGrainStorage(Names.Storage).AddSanXiangGrains();
        }
    }
}
