using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SanXiang.Web.Tests.CaseFiles;

/// <summary>The web host as a pure client (<c>SanXiang:Silo:Role=Client</c>) of the cluster on <paramref name="connectionString"/>: no silo, no event log, no blobs of its own.</summary>
public sealed class ClientWebFactory(string connectionString) : WebApplicationFactory<Program>
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "sanxiang-client-web", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("SanXiang:Silo:Role", "Client");
        builder.UseSetting("SanXiang:Storage:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("SanXiang:DataDir", dataDir);
        builder.UseSetting("SanXiang:PluginsDir", Path.Combine(AppContext.BaseDirectory, "case-plugins"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
