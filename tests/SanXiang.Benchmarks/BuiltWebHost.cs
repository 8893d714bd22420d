using System.Diagnostics;
using System.Globalization;

namespace SanXiang.Benchmarks;

/// <summary>
/// The built web host (<c>dotnet SanXiang.Web.dll</c>) in a process of its own on a free loopback
/// port, with a fresh data directory and demo data, for the benchmarks that measure it from outside.
/// </summary>
internal sealed class BuiltWebHost : IAsyncDisposable
{
    public const string AdminPassword = "Bench-Admin-2026";

    private readonly string dataDir;

    private BuiltWebHost(Process process, Uri url, string dataDir)
    {
        Process = process;
        Url = url;
        this.dataDir = dataDir;
    }

    public Process Process { get; }

    public Uri Url { get; }

    /// <summary>The web host of this checkout, or the one at <paramref name="dll"/> (a build of another commit).</summary>
    public static string DllPath(string configuration, string? dll) =>
        dll ?? Path.Combine(StartupBenchmark.SolutionRoot(), "web", "SanXiang.Web", "bin", configuration, "net10.0", "SanXiang.Web.dll");

    public static async Task<BuiltWebHost> StartAsync(string dll, string prefix, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dataDir = Directory.CreateTempSubdirectory(prefix).FullName;
        var url = new Uri($"http://127.0.0.1:{StartupBenchmark.FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDir };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString().TrimEnd('/'));
        start.Environment["SanXiang__DataDir"] = dataDir;
        start.Environment["SanXiang__DemoData"] = "true";
        start.Environment["SanXiang__Admin__Password"] = AdminPassword;
        start.Environment["SanXiang__Silo__SiloPort"] = StartupBenchmark.FreePort().ToString(CultureInfo.InvariantCulture);
        start.Environment["SanXiang__Silo__GatewayPort"] = StartupBenchmark.FreePort().ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new BuiltWebHost(process, url, dataDir);
        await HealthWait.UntilHealthyAsync(url, host.Process);
        return host;
    }

    // Kilobytes of peak and current resident memory, from the kernel's own accounting.
    public static (long Hwm, long Rss) Memory(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        long Value(string key) => long.Parse(lines.Single(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (Value("VmHWM:"), Value("VmRSS:"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        await Process.WaitForExitAsync();
        Process.Dispose();
        Directory.Delete(dataDir, recursive: true);
    }
}
