using System.Diagnostics;
using System.Text;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// The built web host (<c>dotnet SanXiang.Web.dll</c>) as a real process on free ports, with its own
/// data directory, so the browser talks to what a user would run.
/// </summary>
internal sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private WebAppProcess(Process process, Uri baseAddress, string dataDir)
    {
        this.process = process;
        BaseAddress = baseAddress;
        DataDir = dataDir;
    }

    public Uri BaseAddress { get; }

    public string DataDir { get; }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static async Task<WebAppProcess> StartAsync(string adminPassword, TimeSpan timeout)
    {
        var dll = WebHostDll();
        var dataDir = Directory.CreateTempSubdirectory("sanxiang-e2e-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));

        // Production, as `dotnet run` starts it: the console must get its assets (MudBlazor, blazor.web.js) without Development's help.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["SanXiang__DataDir"] = dataDir;
        start.Environment["SanXiang__Admin__Password"] = adminPassword;
        start.Environment["SanXiang__Silo__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SanXiang__Silo__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var process = Process.Start(start) ?? throw new InvalidOperationException("无法启动 web 进程。");
        var app = new WebAppProcess(process, baseAddress, dataDir);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync(timeout);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting process is left for the OS's temp clean-up.
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"web 进程已退出（{process.ExitCode}）：\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/login", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still starting the silo.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"web 进程在 {timeout.TotalSeconds} 秒内未就绪：\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    // The test project builds the web project (a project reference without its assembly), in the same configuration.
    private static string WebHostDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SanXiang.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("找不到 SanXiang.sln。");
        }

        var dll = Path.Combine(root.FullName, "web", "SanXiang.Web", "bin", configuration, framework, "SanXiang.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("请先构建 web/SanXiang.Web。", dll);
    }
}
