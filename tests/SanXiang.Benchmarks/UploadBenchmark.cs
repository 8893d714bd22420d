using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>upload [--size-mb 2048] [--chunk-mb 64] [--configuration Release]</c>: uploads a generated
/// file over loopback to the built web host (<c>dotnet SanXiang.Web.dll</c>) with tus PATCHes
/// streamed from disk, and reports the throughput beside <c>sha256sum</c> of the same file and the
/// growth of the server's peak resident memory (VmHWM in /proc/&lt;pid&gt;/status).
/// </summary>
internal static class UploadBenchmark
{
    private const double MiB = 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizeMb = long.Parse(StartupBenchmark.Option(args, "--size-mb") ?? "2048", CultureInfo.InvariantCulture);
        var chunk = long.Parse(StartupBenchmark.Option(args, "--chunk-mb") ?? "64", CultureInfo.InvariantCulture) * 1024 * 1024;
        var configuration = StartupBenchmark.Option(args, "--configuration") ?? "Release";
        var dll = BuiltWebHost.DllPath(configuration, null);
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"build the web host first: dotnet build web/SanXiang.Web -c {configuration} ({dll} is missing)");
            return 2;
        }

        var file = Path.Combine(Path.GetTempPath(), $"sanxiang-upload-bench-{Guid.NewGuid():N}.bin");
        await using var host = await BuiltWebHost.StartAsync(dll, "sanxiang-upload-bench-");
        var process = host.Process;
        try
        {
            using var http = new HttpClient { BaseAddress = host.Url, Timeout = Timeout.InfiniteTimeSpan };
            var token = await TokenAsync(http);
            var size = sizeMb * 1024 * 1024;
            Generate(file, size);

            var sha256sum = Stopwatch.StartNew();
            var expected = await Sha256SumAsync(file);
            sha256sum.Stop();

            var (hwmBefore, rssBefore) = BuiltWebHost.Memory(process.Id);
            var upload = Stopwatch.StartNew();
            var location = await UploadAsync(http, token, file, size, chunk);
            upload.Stop();
            var (hwmAfter, rssAfter) = BuiltWebHost.Memory(process.Id);

            var recorded = await RecordedSha256Async(http, token, location);
            var uploadRate = size / MiB / upload.Elapsed.TotalSeconds;
            var hashRate = size / MiB / sha256sum.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"upload {sizeMb} MiB in {chunk / MiB:F0} MiB PATCHes: {upload.Elapsed.TotalSeconds:F1} s, {uploadRate:F0} MiB/s; " +
                $"sha256sum: {sha256sum.Elapsed.TotalSeconds:F1} s, {hashRate:F0} MiB/s; ratio {uploadRate / hashRate:F2}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server memory: VmHWM {hwmBefore / 1024.0:F0} → {hwmAfter / 1024.0:F0} MiB (peak growth {(hwmAfter - hwmBefore) / 1024.0:F0} MiB), " +
                $"VmRSS {rssBefore / 1024.0:F0} → {rssAfter / 1024.0:F0} MiB"));
            Console.WriteLine($"sha256: sha256sum {expected}, server {recorded}: {(expected == recorded ? "equal" : "DIFFERENT")}");
            return expected == recorded ? 0 : 1;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
            variables = new { u = "xuchang.officer", p = "SanXiang@2026" },
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["login"]!["token"]!.GetValue<string>();
    }

    // Random bytes from a fast generator, written in 4 MiB blocks: incompressible and never whole in memory.
    private static void Generate(string file, long size)
    {
        var random = new Random(2026);
        var block = new byte[4 * 1024 * 1024];
        using var stream = File.Create(file);
        for (var written = 0L; written < size; written += block.Length)
        {
            random.NextBytes(block);
            stream.Write(block, 0, (int)Math.Min(block.Length, size - written));
        }
    }

    private static async Task<string> Sha256SumAsync(string file)
    {
        var start = new ProcessStartInfo("sha256sum") { RedirectStandardOutput = true };
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split(' ')[0];
    }

    private static async Task<string> UploadAsync(HttpClient http, string token, string file, long size, long chunk)
    {
        using var create = Request(HttpMethod.Post, "/files", token);
        create.Headers.Add("Upload-Length", size.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", $"filename {B64("bench.bin")},kind {B64("音像")}");
        using var created = await http.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var location = created.Headers.Location!.AbsolutePath;
        for (var offset = 0L; offset < size; offset += chunk)
        {
            using var patch = Request(HttpMethod.Patch, location, token);
            patch.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
            patch.Content = new FileRangeContent(file, offset, Math.Min(chunk, size - offset));
            patch.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
            using var response = await http.SendAsync(patch, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"PATCH at {offset}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return location;
    }

    private static async Task<string> RecordedSha256Async(HttpClient http, string token, string location)
    {
        using var request = Request(HttpMethod.Get, location, token);
        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["upload"]!["sha256"]!.GetValue<string>();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static string B64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
