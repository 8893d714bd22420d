using System.Diagnostics;
using System.Globalization;

namespace SanXiang.Benchmarks.Scale;

/// <summary>The built web host (<c>dotnet SanXiang.Web.dll</c>, silo co-hosted) on a given database, on free loopback ports.</summary>
internal sealed class WebHostProcess : IAsyncDisposable
{
    private readonly Process process;

    private WebHostProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<WebHostProcess> StartAsync(string dll, IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var url = new Uri($"http://127.0.0.1:{StartupBenchmark.FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            if (value is not null)
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }
        }

        start.Environment["SanXiang__Silo__SiloPort"] = StartupBenchmark.FreePort().ToString(CultureInfo.InvariantCulture);
        start.Environment["SanXiang__Silo__GatewayPort"] = StartupBenchmark.FreePort().ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new WebHostProcess(process, url);
        await HealthWait.UntilHealthyAsync(url, process);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
