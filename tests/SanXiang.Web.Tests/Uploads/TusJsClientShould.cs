using System.Diagnostics;
using System.Globalization;

namespace SanXiang.Web.Tests.Uploads;

/// <summary>tus-js-client (the reference JavaScript client) under node, against the web host on a real Kestrel port.</summary>
public sealed class TusJsClientShould
{
    [Fact]
    public async Task UploadAFileInChunksThatHashesAsTheServerRecords()
    {
        var client = ClientDirectory();
        if (!File.Exists(Path.Combine(client, "node_modules", ".package-lock.json")))
        {
            await RunAsync("npm", client, "ci", "--no-audit", "--no-fund");
        }

        await using var factory = new UploadAppFactory();
        var port = UploadAppFactory.FreePort();
        factory.UseKestrel(port);
        factory.StartServer();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = baseAddress };
        var token = await TusClient.TokenAsync(http, "xuchang.officer");
        var file = Path.Combine(factory.DataDir, "现场检查.mp4");
        var data = SampleFiles.Mp4(5 * 1024 * 1024 + 321);
        await File.WriteAllBytesAsync(file, data);

        var output = await RunAsync("node", client, "upload.js", new Uri(baseAddress, "/files").ToString(), token, file, "xuchang", (1024 * 1024).ToString(CultureInfo.InvariantCulture));
        var path = new Uri(output.Trim()).AbsolutePath;
        var record = await new TusClient(http, token, "xuchang").RecordAsync(path);

        Assert.Equal(SampleFiles.Sm3Hex(data), record["upload"]!["sm3"]!.GetValue<string>());
        Assert.Equal("现场检查.mp4", record["upload"]!["metadata"]!["fileName"]!.GetValue<string>());
        Assert.Equal("张三", record["upload"]!["metadata"]!["officer"]!.GetValue<string>());
    }

    private static async Task<string> RunAsync(string command, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} 退出码 {process.ExitCode}：\n{await stdout}\n{await stderr}");
        return await stdout;
    }

    private static string ClientDirectory()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SanXiang.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("找不到 SanXiang.sln。"), "tests", "SanXiang.Web.Tests", "Uploads", "tus-client");
    }
}
