using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SanXiang.Web.Tests.GraphQL;

/// <summary>
/// The whole web host with its co-hosted silo, on a data directory of its own and on free Orleans
/// ports, so that test runs do not meet each other or a developer's running instance.
/// </summary>
public class GraphQLAppFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Gql-Test-Admin#2026";
    public const string DemoPassword = "SanXiang@2026";

    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "sanxiang-graphql-tests", Guid.NewGuid().ToString("N"));
    private readonly int siloPort = FreePort();
    private readonly int gatewayPort = FreePort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("SanXiang:DataDir", dataDir);
        builder.UseSetting("SanXiang:Admin:Password", AdminPassword);
        builder.UseSetting("SanXiang:DemoData", "true");
        builder.UseSetting("SanXiang:PluginsDir", Path.Combine(AppContext.BaseDirectory, "fixture-plugins"));
        builder.UseSetting("SanXiang:Silo:SiloPort", siloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("SanXiang:Silo:GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, CookieSignInFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
