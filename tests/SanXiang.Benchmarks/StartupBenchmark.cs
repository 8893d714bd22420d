using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>startup [--runs 5] [--configuration Release]</c>: time from starting the built web host
/// (<c>dotnet SanXiang.Web.dll</c>) to its first 200 on <c>/health</c>. The first run starts on an
/// empty data directory (schema, catalog seeding, accounts); the others restart on the same one.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var configuration = Option(args, "--configuration") ?? "Release";
        var dll = Path.Combine(SolutionRoot(), "web", "SanXiang.Web", "bin", configuration, "net10.0", "SanXiang.Web.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"build the web host first: dotnet build web/SanXiang.Web -c {configuration} ({dll} is missing)");
            return 2;
        }

        var dataDir = Directory.CreateTempSubdirectory("sanxiang-startup-").FullName;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var elapsed = await TimeOneStartAsync(http, dll, dataDir);
            times.Add(elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run} ({(run == 1 ? "empty data directory" : "restart")}): {elapsed.TotalMilliseconds:F0} ms to /health 200"));
        }

        var restarts = times.Skip(1).Order().ToList();
        var median = restarts.Count == 0 ? times[0] : restarts[restarts.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup: first {times[0]:F0} ms, restart median {median:F0} ms over {restarts.Count} runs"));
        Directory.Delete(dataDir, recursive: true);
        return 0;
    }

    private static async Task<TimeSpan> TimeOneStartAsync(HttpClient http, string dll, string dataDir)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDir };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["SanXiang__DataDir"] = dataDir;
        start.Environment["SanXiang__Admin__Password"] = "Bench-Admin-2026";
        start.Environment["SanXiang__Silo__SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        start.Environment["SanXiang__Silo__GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                try
                {
                    using var response = await http.GetAsync(new Uri(url + "/health"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(20);
            }

            throw new TimeoutException("the web host did not become healthy within 2 minutes");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string SolutionRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SanXiang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SanXiang.sln not found above " + AppContext.BaseDirectory);
    }
}
