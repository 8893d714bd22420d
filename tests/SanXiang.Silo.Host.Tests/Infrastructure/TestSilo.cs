using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SanXiang.Silo.Host.Tests.Infrastructure;

/// <summary>A silo built by the real <see cref="SiloHostingExtensions.AddSanXiangSilo"/>, in this process.</summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost host;

    private TestSilo(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static IHost Build(IReadOnlyDictionary<string, string?> settings, Action<ISiloBuilder>? configure = null)
    {
        // No default sources: the test decides every setting, and the console stays quiet.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        var ports = new Dictionary<string, string?>
        {
            ["SanXiang:Silo:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SanXiang:Silo:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        builder.Configuration.AddInMemoryCollection(ports).AddInMemoryCollection(settings);
        builder.AddSanXiangSilo(configure);
        return builder.Build();
    }

    public static async Task<TestSilo> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<ISiloBuilder>? configure = null)
    {
        var host = Build(settings, configure);
        await host.StartAsync();
        return new TestSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
