using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>upload [--size-mb 2048] [--chunk-mb 64] [--runs 2] [--configuration Release]</c>: uploads a
/// generated file over loopback to the built web host (<c>dotnet SanXiang.Web.dll</c>) with tus
/// PATCHes streamed from disk, <c>--runs</c> times as new uploads, and reports each run's throughput
/// beside <c>openssl dgst -sm3</c> of the same file (the hash the server must compute; run before and
/// after the uploads, the faster run counts, since the machine is shared; the fastest upload likewise),
/// <c>sha256sum</c> for scale, the CPU seconds of the server, the client and openssl (which a busy
/// machine does not change), and the growth of the server's peak resident memory over all runs
/// (VmHWM in /proc/&lt;pid&gt;/status).
/// </summary>
internal static class UploadBenchmark
{
    private const double MiB = 1024 * 1024;

    private const string TimeCommand = "/usr/bin/time";

    public static async Task<int> RunAsync(string[] args)
    {
        var sizeMb = long.Parse(StartupBenchmark.Option(args, "--size-mb") ?? "2048", CultureInfo.InvariantCulture);
        var chunk = long.Parse(StartupBenchmark.Option(args, "--chunk-mb") ?? "64", CultureInfo.InvariantCulture) * 1024 * 1024;
        var runs = int.Parse(StartupBenchmark.Option(args, "--runs") ?? "2", CultureInfo.InvariantCulture);
        var configuration = StartupBenchmark.Option(args, "--configuration") ?? "Release";
        if (runs < 1)
        {
            Console.Error.WriteLine("--runs must be at least 1");
            return 2;
        }

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

            var loadBefore = LoadAverage();
            var (sha256Time, _, _) = await TimeAsync("sha256sum", file);
            var (opensslBefore, expected, opensslCpu) = await TimeAsync("openssl", file, "dgst", "-sm3", "-r");

            // Each run is a new upload of the same file (the store keeps the blob once). The first one also pays
            // for the host's JIT of the upload path; a web host that has been up a while has long done that.
            var (hwmBefore, rssBefore) = BuiltWebHost.Memory(process.Id);
            var uploads = new List<(TimeSpan Elapsed, TimeSpan ServerUser, TimeSpan ServerSystem, TimeSpan Client, string Sm3)>();
            for (var run = 0; run < runs; run++)
            {
                var serverCpuBefore = CpuTime(process.Id);
                var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var upload = Stopwatch.StartNew();
                var location = await UploadAsync(http, token, file, size, chunk);
                upload.Stop();
                var serverCpuAfter = CpuTime(process.Id);
                var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
                uploads.Add((upload.Elapsed, serverCpuAfter.User - serverCpuBefore.User, serverCpuAfter.System - serverCpuBefore.System, clientCpu,
                    await RecordedSm3Async(http, token, location)));
            }

            var (hwmAfter, rssAfter) = BuiltWebHost.Memory(process.Id);
            var (opensslAfter, _, _) = await TimeAsync("openssl", file, "dgst", "-sm3", "-r");

            var opensslRate = Rate(size, opensslBefore < opensslAfter ? opensslBefore : opensslAfter);
            var cpuText = opensslCpu is { } cpu ? string.Create(CultureInfo.InvariantCulture, $"{cpu.TotalSeconds:F1} s") : "n/a (no /usr/bin/time)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"openssl dgst -sm3: {opensslBefore.TotalSeconds:F1} s before, {opensslAfter.TotalSeconds:F1} s after, best {opensslRate:F0} MiB/s, cpu {cpuText}; sha256sum {Rate(size, sha256Time):F0} MiB/s"));
            for (var run = 0; run < uploads.Count; run++)
            {
                var (elapsed, user, system, client, _) = uploads[run];
                var share = opensslCpu is { } hash ? string.Create(CultureInfo.InvariantCulture, $", openssl's cpu / server's {hash / (user + system):F2}") : string.Empty;
                // CPU seconds do not depend on how busy the machine is: what the server spends beside what the hash alone costs.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"upload {run + 1}{(run == 0 ? " (cold)" : string.Empty)} {sizeMb} MiB in {chunk / MiB:F0} MiB PATCHes: {elapsed.TotalSeconds:F1} s, {Rate(size, elapsed):F0} MiB/s, ratio {Rate(size, elapsed) / opensslRate:F2}; " +
                    $"cpu: server {(user + system).TotalSeconds:F1} s ({user.TotalSeconds:F1} user, {system.TotalSeconds:F1} system), client {client.TotalSeconds:F1} s{share}"));
            }

            var best = uploads.Min(u => u.Elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"best upload {Rate(size, best):F0} MiB/s against best openssl {opensslRate:F0} MiB/s: ratio {Rate(size, best) / opensslRate:F2}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server memory: VmHWM {hwmBefore / 1024.0:F0} → {hwmAfter / 1024.0:F0} MiB (peak growth {(hwmAfter - hwmBefore) / 1024.0:F0} MiB), " +
                $"VmRSS {rssBefore / 1024.0:F0} → {rssAfter / 1024.0:F0} MiB"));
            // On a shared machine the wall-clock ratio follows the load (the upload needs two processes and the
            // kernel's network and page cache, openssl one thread); the load average says how shared it was.
            Console.WriteLine($"load average (1, 5, 15 min): {loadBefore} before, {LoadAverage()} after");
            var recorded = uploads.Select(u => u.Sm3).Distinct().ToList();
            Console.WriteLine($"sm3: openssl {expected}, server {string.Join(", ", recorded)}: {(recorded is [var one] && one == expected ? "equal" : "DIFFERENT")}");
            return recorded is [var only] && only == expected ? 0 : 1;
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

    // The command's wall time, the first word of its output (the digest, for sha256sum and openssl -r) and,
    // through /usr/bin/time where there is one, its CPU time (user + system).
    private static async Task<(TimeSpan Elapsed, string Digest, TimeSpan? Cpu)> TimeAsync(string command, string file, params string[] arguments)
    {
        var timed = File.Exists(TimeCommand);
        var start = new ProcessStartInfo(timed ? TimeCommand : command) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (timed)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add("%U %S");
            start.ArgumentList.Add(command);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(file);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        TimeSpan? cpu = null;
        if (timed && (await errors).Trim().Split('\n')[^1].Split(' ') is [var user, var system])
        {
            cpu = TimeSpan.FromSeconds(double.Parse(user, CultureInfo.InvariantCulture) + double.Parse(system, CultureInfo.InvariantCulture));
        }

        return (clock.Elapsed, (await output).Split(' ')[0], cpu);
    }

    // utime and stime of /proc/<pid>/stat, in clock ticks of 1/100 s (the kernel's USER_HZ on Linux).
    private static (TimeSpan User, TimeSpan System) CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (Ticks(fields[11]), Ticks(fields[12]));
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

    private static TimeSpan Ticks(string field) => TimeSpan.FromSeconds(long.Parse(field, CultureInfo.InvariantCulture) / 100.0);

    private static double Rate(long size, TimeSpan elapsed) => size / MiB / elapsed.TotalSeconds;

    private static async Task<string> UploadAsync(HttpClient http, string token, string file, long size, long chunk)
    {
        using var create = Request(HttpMethod.Post, "/files", token);
        create.Headers.Add("Upload-Length", size.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", $"filename {B64("bench.bin")},kind {B64("音像")}");
        using var created = await http.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var location = created.Headers.Location!.IsAbsoluteUri ? created.Headers.Location.AbsolutePath : created.Headers.Location.OriginalString;
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

    private static async Task<string> RecordedSm3Async(HttpClient http, string token, string location)
    {
        using var request = Request(HttpMethod.Get, location, token);
        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["upload"]!["sm3"]!.GetValue<string>();
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
