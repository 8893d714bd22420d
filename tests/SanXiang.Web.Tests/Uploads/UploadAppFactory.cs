using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SanXiang.Web.Tests.Uploads;

/// <summary>
/// The web host with its silo on free ports and a data directory of its own, or a given one (to
/// restart a host on the same files); uploads are limited to <see cref="MaxSize"/> so the limit is
/// cheap to reach.
/// </summary>
public sealed class UploadAppFactory : WebApplicationFactory<Program>
{
    public const long MaxSize = 32L * 1024 * 1024;

    private readonly int siloPort = FreePort();
    private readonly int gatewayPort = FreePort();
    private readonly bool ownsDataDir;
    private readonly IReadOnlyDictionary<string, string> settings;

    public UploadAppFactory()
        : this(NewDataDir(), ownsDataDir: true, new Dictionary<string, string>())
    {
    }

    private UploadAppFactory(string dataDir, bool ownsDataDir, IReadOnlyDictionary<string, string> settings)
    {
        DataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.settings = settings;
    }

    public string DataDir { get; }

    /// <summary>A host of its own with these settings over the defaults below (a factory method: an xunit fixture may have only one public constructor).</summary>
    public static UploadAppFactory With(IReadOnlyDictionary<string, string> settings) => new(NewDataDir(), ownsDataDir: true, settings);

    /// <summary>A host on <paramref name="dataDir"/>, which it leaves in place when disposed.</summary>
    public static UploadAppFactory On(string dataDir) => new(dataDir, ownsDataDir: false, new Dictionary<string, string>());

    public static string NewDataDir() => Path.Combine(Path.GetTempPath(), "sanxiang-upload-tests", Guid.NewGuid().ToString("N"));

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("SanXiang:DataDir", DataDir);
        builder.UseSetting("SanXiang:Admin:Password", "Upload-Test-Admin#2026");
        builder.UseSetting("SanXiang:DemoData", "true");
        builder.UseSetting("SanXiang:Uploads:MaxSize", MaxSize.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("SanXiang:Silo:SiloPort", siloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("SanXiang:Silo:GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataDir && Directory.Exists(DataDir))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDir, recursive: true);
        }
    }
}
