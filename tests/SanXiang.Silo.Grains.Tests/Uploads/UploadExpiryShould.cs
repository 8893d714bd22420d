using SanXiang.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.Uploads;
using SanXiang.Silo.Uploads;

namespace SanXiang.Silo.Grains.Tests.Uploads;

/// <summary>A silo of its own whose uploads expire after three seconds and whose users may hold 1 000 bytes.</summary>
public sealed class UploadExpiryShould : IAsyncLifetime
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(3);

    private TestCluster cluster = null!;

    private IGrainFactory Grains => cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<Configurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }

    [Fact]
    public async Task ForgetAnUnfinishedUploadThatExpiredAndGiveItsSpaceBack()
    {
        var tenant = UploadSamples.NewTenant();
        var first = UploadSamples.Record(tenant, "officer", 1000);
        var created = await Grains.Grain(first).CreateAsync(first);
        var second = UploadSamples.Record(tenant, "officer", 1);
        var full = await Assert.ThrowsAsync<SanXiangException>(() => Grains.Grain(second).CreateAsync(second));

        await Task.Delay(created.ExpiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500));
        var gone = await Grains.Grain(first).GetAsync();
        var third = UploadSamples.Record(tenant, "officer", 1000);
        await Grains.Grain(third).CreateAsync(third);

        Assert.Equal(ErrorCodes.UploadQuotaExceeded, full.Code);
        Assert.Null(gone);
        Assert.Equal(1000, (await Grains.GetGrain<IUploadQuotaGrain>(tenant).UseAsync("officer")).UserBytes);
    }

    [Fact]
    public async Task MoveTheExpiryOfAnUploadThatKeepsReceivingBytes()
    {
        var record = UploadSamples.Record(UploadSamples.NewTenant(), "officer", 1000);
        var created = await Grains.Grain(record).CreateAsync(record);

        await Task.Delay(Expiry / 2 + TimeSpan.FromMilliseconds(300));
        var touched = await Grains.Grain(record).TouchAsync();

        Assert.True(created.ExpiresAt - created.CreatedAt >= Expiry - TimeSpan.FromSeconds(1));
        Assert.True(touched!.ExpiresAt > created.ExpiresAt, $"{touched.ExpiresAt:O} should be later than {created.ExpiresAt:O}");
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(Names.Storage).AddSanXiangGrains();
            siloBuilder.Services.Configure<UploadLimits>(limits =>
            {
                limits.Expiry = Expiry;
                limits.UserQuota = 1000;
            });
        }
    }
}
