using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using SanXiang.Domain.Agencies;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>import [--provider sqlite|postgres|both] [--connection C] [--agencies 1000] [--officers 20000] [--batches 2] [--web-dll D]</c>:
/// starts the built web host (PostgreSQL: on a fresh database of the server named), signs in as 河南省司法厅's supervisor and
/// posts <c>importAgencies</c> with four .csv files (机关, 内设机构, 执法人员, 领导小组) of N county agencies under 许昌市 with M
/// officers among them, adopting 许昌市's plan (43 ledger tasks); each batch has codes of its own. Prints each batch's wall
/// time, the server's CPU seconds, its peak resident memory during the batch and its resident memory after, so that a
/// second batch shows whether memory stays flat.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "sqlite";
        var connection = CommandOptions.Get(args, "--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES");
        var agencies = CommandOptions.GetInt(args, "--agencies", 1_000);
        var officers = CommandOptions.GetInt(args, "--officers", 20_000);
        var batches = CommandOptions.GetInt(args, "--batches", 2);
        var dll = BuiltWebHost.DllPath(CommandOptions.Get(args, "--configuration") ?? "Release", CommandOptions.Get(args, "--web-dll"));
        foreach (var name in provider == "both" ? ["sqlite", "postgres"] : new[] { provider })
        {
            var environment = new Dictionary<string, string> { ["SanXiang__GraphQL__TimeLimit"] = "00:10:00" };
            string? database = null;
            if (name == "postgres")
            {
                ArgumentException.ThrowIfNullOrEmpty(connection, "--connection");
                database = $"sx_import_{Guid.NewGuid():N}";
                await ExecuteAsync(connection, $"CREATE DATABASE {database}");
                environment["SanXiang__Storage__Provider"] = "Postgres";
                environment["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(connection) { Database = database }.ConnectionString;
            }

            try
            {
                await using var host = await BuiltWebHost.StartAsync(dll, "sanxiang-import-bench-", environment);
                using var http = new HttpClient { BaseAddress = host.Url, Timeout = TimeSpan.FromMinutes(15) };
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, "henan-sft.supervisor", "SanXiang@2026"));
                for (var batch = 1; batch <= batches; batch++)
                {
                    await MeasureAsync(name, host, http, batch, agencies, officers);
                }
            }
            finally
            {
                if (database is not null)
                {
                    NpgsqlConnection.ClearAllPools();
                    await ExecuteAsync(connection!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
                }
            }
        }

        return 0;
    }

    private static async Task MeasureAsync(string name, BuiltWebHost host, HttpClient http, int batch, int agencies, int officers)
    {
        var files = Files(batch, agencies, officers);
        var body = new
        {
            query = "mutation($i: ImportAgenciesInput!) { importAgencies(input: $i) { imported officers agencies { id } errors { sheet row code message } } }",
            variables = new { i = new { tenantId = "henan-sft", planTemplate = "xuchang", planStart = "2027-03-01", files = files.Select(f => new { fileName = f.Name, contentBase64 = Convert.ToBase64String(f.Content) }) } },
        };
        var pid = host.Process.Id;
        await ProcessMeter.WaitIdleAsync(pid, TimeSpan.FromSeconds(30));
        var (_, before) = BuiltWebHost.Memory(pid);
        ProcessMeter.ResetPeak(pid);
        var cpu = ProcessMeter.CpuSeconds(pid);
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/graphql", body);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var seconds = clock.Elapsed.TotalSeconds;
        var (peak, _) = BuiltWebHost.Memory(pid);
        await ProcessMeter.WaitIdleAsync(pid, TimeSpan.FromSeconds(30));
        var (_, after) = BuiltWebHost.Memory(pid);
        var payload = answer["data"]?["importAgencies"];
        var outcome = payload?["imported"]?.GetValue<bool>() == true
            ? $"imported {payload["agencies"]!.AsArray().Count} agencies, {payload["officers"]} officers"
            : $"NOT IMPORTED: {Shorten(answer.ToJsonString())}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import {name} batch {batch} ({files.Sum(f => f.Content.Length) / 1024} KiB of .csv): {outcome} in {seconds:F1} s; server CPU {ProcessMeter.CpuSeconds(pid) - cpu:F1} s; " +
            $"peak RSS {peak / 1024.0:F0} MiB (resident before {before / 1024.0:F0} MiB, after {after / 1024.0:F0} MiB)"));
    }

    // County agencies under 许昌市 (region 4110xx), each with a section, a leading group of two and its share of the officers.
    private static List<(string Name, byte[] Content)> Files(int batch, int agencies, int officers)
    {
        var agencyRows = new StringBuilder("机关名称,统一社会信用代码,行政区划代码,层级,行业,上级机关,机关代字\r\n");
        var units = new StringBuilder("所属机关,内设机构名称,职责\r\n");
        var group = new StringBuilder("所属机关,领导小组名称,领导小组办公室,小组职务,姓名,职务\r\n");
        var people = new StringBuilder("所属机关,姓名,单位,职务,证件编号,执法类别,执法区域,有效期起,有效期止,法制审核人员,法律职业资格\r\n");
        var codes = new List<string>();
        for (var a = 0; a < agencies; a++)
        {
            var code = CreditCode(batch, a);
            codes.Add(code);
            var region = string.Create(CultureInfo.InvariantCulture, $"4110{(a % 98) + 2:00}");
            agencyRows.Append(CultureInfo.InvariantCulture, $"测试{batch}批{a}号市场监督管理局,{code},{region},县级,市场监管,许昌市,\r\n");
            units.Append(CultureInfo.InvariantCulture, $"{code},法制股,法制审核\r\n");
            group.Append(CultureInfo.InvariantCulture, $"{code},推行三项制度工作领导小组,法制股,组长,,局长\r\n{code},,,成员,张{a},法制股股长\r\n");
        }

        for (var o = 0; o < officers; o++)
        {
            people.Append(CultureInfo.InvariantCulture, $"{codes[o % agencies]},执法人员{o},执法大队,执法队员,B{batch}{o:D8},行政处罚、行政检查,许昌市,2025-01-01,2029-12-31,否,否\r\n");
        }

        return [("机关.csv", Utf8(agencyRows)), ("内设机构.csv", Utf8(units)), ("领导小组.csv", Utf8(group)), ("执法人员.csv", Utf8(people))];
    }

    private static byte[] Utf8(StringBuilder text) => Encoding.UTF8.GetBytes(text.ToString());

    // A 统一社会信用代码 with its right check character (GB 32100), one per batch and agency.
    private static string CreditCode(int batch, int agency)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"11411000{batch % 10}{agency:D8}");
        return "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body + c).First(code => UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.Valid);
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

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open);
        await command.ExecuteNonQueryAsync();
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
