using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Cluster;

/// <summary>
/// The web host as a pure client of a cluster (<c>SanXiang:Silo:Role=Client</c>): no silo of its own, grains
/// only through the cluster's gateways, files in the data directory every process of the cluster shares.
/// </summary>
public sealed class ClientWebFactory(string connectionString, string dataDir) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("SanXiang:Silo:Role", "Client");
        builder.UseSetting("SanXiang:Storage:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("SanXiang:DataDir", dataDir);
        builder.UseSetting("SanXiang:PluginsDir", ClientModeCluster.PluginsDir);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, CookieSignInFilter>());
    }
}
