using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SanXiang.Tests.Shared;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>abuse [--web-dll path] [--levels 27] [--signed-in-levels 27] [--client-timeout 5] [--settle 300]
/// [--only fragments,verify,xlsx]</c>: the High attacks of issue 12 against the built web host over
/// loopback — the fragment query anonymous and signed in (item 2), a 1 MB zip whose events.jsonl
/// inflates to 1 GiB without a newline posted to /verify/case-file (item 3), the sparse .xlsx
/// imported as officers (item 4) — printing for each the answer, the server's CPU time (until it
/// is idle again, since a server may go on working after the client has given up) and its peak
/// resident memory. <c>--web-dll</c> runs them against another build, e.g. of the commit before the fix.
/// </summary>
internal static class AbuseBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dll = BuiltWebHost.DllPath(CommandOptions.Get(args, "--configuration") ?? "Release", CommandOptions.Get(args, "--web-dll"));
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"build the web host first: dotnet build web/SanXiang.Web -c Release ({dll} is missing)");
            return 2;
        }

        var levels = CommandOptions.GetInt(args, "--levels", 27);
        var signedInLevels = CommandOptions.GetInt(args, "--signed-in-levels", 27);
        var clientTimeout = TimeSpan.FromSeconds(CommandOptions.GetInt(args, "--client-timeout", 5));
        var settle = TimeSpan.FromSeconds(CommandOptions.GetInt(args, "--settle", 300));
        var only = CommandOptions.Get(args, "--only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        bool Runs(string attack) => only is null || only.Contains(attack, StringComparer.Ordinal);

        Console.WriteLine($"abuse: {dll}");
        await using var host = await BuiltWebHost.StartAsync(dll, "sanxiang-abuse-bench-");
        using var http = new HttpClient { BaseAddress = host.Url, Timeout = Timeout.InfiniteTimeSpan };
        var token = await TokenAsync(http, "admin", BuiltWebHost.AdminPassword);
        var attack = new Attack(host, http, clientTimeout, settle);

        if (Runs("fragments"))
        {
            var anonymous = HostileInputs.AnonymousFragmentQuery(levels);
            await attack.RunAsync($"fragments, anonymous ({levels} levels, {anonymous.Length} characters)", () => GraphQL(anonymous, null));
            var signedIn = HostileInputs.TenantFragmentQuery(signedInLevels, "xuchang");
            await attack.RunAsync($"fragments, signed in on Tenant ({signedInLevels} levels, {signedIn.Length} characters)", () => GraphQL(signedIn, token));
        }

        if (Runs("verify"))
        {
            var bomb = Path.Combine(Path.GetTempPath(), $"sanxiang-abuse-bomb-{Guid.NewGuid():N}.zip");
            try
            {
                ZipBomb(bomb, 1L << 30);
                await attack.RunAsync($"/verify/case-file, {new FileInfo(bomb).Length / 1024.0 / 1024.0:F1} MiB zip, events.jsonl inflating to 1 GiB without a newline", () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "/verify/case-file") { Content = new StreamContent(File.OpenRead(bomb)) };
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
                    return request;
                });
            }
            finally
            {
                File.Delete(bomb);
            }
        }

        if (Runs("xlsx"))
        {
            var workbook = HostileInputs.SparseWorkbook();

            // A literal, not a variable: the content's declared type is String before the fix and Base64 after.
            var import = $"mutation {{ importOfficers(tenantId: \"xuchang\", fileName: \"officers.xlsx\", contentBase64: \"{Convert.ToBase64String(workbook)}\") {{ imported errors {{ row message }} }} }}";
            await attack.RunAsync($"officer import, {workbook.Length} byte .xlsx with one cell at XFD4000", () => GraphQL(import, token));
        }

        return 0;
    }

    private static HttpRequestMessage GraphQL(string query, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task<string> TokenAsync(HttpClient http, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
            variables = new { u = userName, p = password },
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["login"]!["token"]!.GetValue<string>();
    }

    // A case file whose manifest is in order and whose events.jsonl is `inflated` bytes of 'a' and no
    // newline, deflated at the smallest size (about 1 MB a GiB) and streamed, so that the benchmark
    // itself never holds it. The manifest comes first: the verifier reads it before the events.
    private static void ZipBomb(string path, long inflated)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        using (var manifest = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            manifest.Write("""{"formatVersion":1,"tenantId":"xuchang","caseId":"2026-1","exportedAt":"2026-03-02T08:00:00+08:00","hashAlgorithm":"SM3","eventCount":1,"files":[]}""");
        }

        using var entry = zip.CreateEntry("events.jsonl", CompressionLevel.SmallestSize).Open();
        var block = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
        for (long written = 0; written < inflated; written += block.Length)
        {
            entry.Write(block);
        }
    }

    private sealed class Attack(BuiltWebHost host, HttpClient http, TimeSpan clientTimeout, TimeSpan settle)
    {
        public async Task RunAsync(string name, Func<HttpRequestMessage> request)
        {
            var pid = host.Process.Id;
            await ProcessMeter.WaitIdleAsync(pid, TimeSpan.FromSeconds(30));
            var (_, rssBefore) = BuiltWebHost.Memory(pid);
            ProcessMeter.ResetPeak(pid);
            var cpuBefore = ProcessMeter.CpuSeconds(pid);
            var clock = Stopwatch.StartNew();
            string answer;
            using (var cancel = new CancellationTokenSource(clientTimeout))
            {
                try
                {
                    using var message = request();
                    using var response = await http.SendAsync(message, cancel.Token);
                    answer = Describe((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancel.Token));
                }
                catch (OperationCanceledException)
                {
                    answer = $"none: the client gave up after {clientTimeout.TotalSeconds:0} s";
                }
                catch (HttpRequestException error)
                {
                    answer = "connection failed: " + error.Message;
                }
            }

            var answered = clock.Elapsed.TotalSeconds;
            var waited = host.Process.HasExited ? 0 : await ProcessMeter.WaitIdleAsync(pid, settle);
            var alive = !host.Process.HasExited;
            var cpu = alive ? ProcessMeter.CpuSeconds(pid) - cpuBefore : double.NaN;
            var (peak, _) = alive ? BuiltWebHost.Memory(pid) : (0, 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: answer {answer} after {answered:F2} s; server CPU {cpu:F2} s (busy until {answered + waited:F0} s); " +
                $"peak RSS {peak / 1024.0:F0} MiB (resident before: {rssBefore / 1024.0:F0} MiB){(alive ? string.Empty : "; THE SERVER DIED")}"));
        }

        private static string Describe(int status, string body)
        {
            try
            {
                var json = JsonNode.Parse(body);
                var code = json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? json?["code"]?.GetValue<string>() ?? json?["outcome"]?.GetValue<string>();
                return $"{status} {code ?? Shorten(body)}";
            }
            catch (System.Text.Json.JsonException)
            {
                return $"{status} {Shorten(body)}";
            }
        }

        private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
    }
}
