using System.Data.Common;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SanXiang.Domain.Cases;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// A supervisor's text search across a city's agencies through <c>/graphql</c>:
/// <c>cases(tenantId: city bureau, text: "食品", includeSubordinates: true, first: 50)</c>. When the generator wrote no
/// cases, case summaries are written straight into the read model (<see cref="SeedIfEmptyAsync"/>), the same rows the
/// group commit writes; the query measured is the product's.
/// </summary>
internal static class CaseSearchMeasurements
{
    private const string Search =
        "query($t: ID!, $text: String, $after: String) { cases(tenantId: $t, text: $text, includeSubordinates: true, first: 50, after: $after) { totalCount nodes { id tenantId agencyName title partyName status openedAt } pageInfo { hasNextPage endCursor } } }";

    // One title in four names 食品, as in a market-regulation docket; the others are other sectors' usual causes.
    private static readonly string[] Titles =
    [
        "销售超过保质期的食品案", "未按规定公示营业执照案", "生产经营不符合安全标准的食品案", "未取得许可从事经营活动案",
        "虚假宣传案", "未按规定设置安全警示标志案", "经营无标签的预包装食品案", "拒不执行人民防空工程维护管理规定案",
    ];

    /// <summary>The city bureau searched: the first city's market-regulation bureau and everything below it.</summary>
    public static string City(IReadOnlyList<AgencyProfile> agencies) => agencies.First(a => a.Level == AgencyLevel.City && a.Sector == "market-regulation").Id;

    /// <summary>Writes <paramref name="perAgency"/> summaries for every agency when the read model holds no case; returns how many.</summary>
    public static async Task<int> SeedIfEmptyAsync(EventLogDatabase database, IReadOnlyList<AgencyProfile> agencies, int perAgency, int parallel)
    {
        await using (var connection = await database.OpenAsync())
        {
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM case_summaries;";
            if (Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0)
            {
                return 0;
            }
        }

        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Parallel.ForEachAsync(agencies.Chunk(50), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (chunk, cancellationToken) =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            var writes = chunk.SelectMany(agency => Enumerable.Range(1, perAgency).Select(n => CaseSummaryWrite.Whole(Summary(agency, n, start)))).ToList();
            await CaseSummaryTable.WriteAsync(connection, transaction, database.Dialect, writes, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return agencies.Count * perAgency;
    }

    public static async Task RunAsync(WebHostProcess host, IReadOnlyList<AgencyProfile> agencies, int runs)
    {
        using var http = new HttpClient { BaseAddress = host.Url };
        var login = await PostAsync(http, "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", new { u = ProvinceGenerator.SupervisorUser, p = ProvinceGenerator.SupervisorPassword });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login["login"]!["token"]!.GetValue<string>());
        var city = City(agencies);
        var within = agencies.Count(a => a.Id == city || IsBelow(agencies, a, city));
        var first = (await PostAsync(http, Search, new { t = city, text = "食品", after = (string?)null }))["cases"]!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  GraphQL text search across a city's agencies (cases(tenantId: {city}, text: \"食品\", includeSubordinates: true, first: 50); {within} agencies, {first["totalCount"]} cases found): ")
            + await Timings.MeasureAsync(runs, _ => PostAsync(http, Search, new { t = city, text = "食品", after = (string?)null })));
        // totalCount is a second query over the same rows; a client paging on may leave it out.
        var pageOnly = Search.Replace("totalCount ", string.Empty, StringComparison.Ordinal);
        Console.WriteLine("  GraphQL the same first page without totalCount: "
            + await Timings.MeasureAsync(runs, _ => PostAsync(http, pageOnly, new { t = city, text = "食品", after = (string?)null })));
        var next = first["pageInfo"]!["endCursor"]?.GetValue<string>();
        Console.WriteLine("  GraphQL its second page (after the first page's endCursor): "
            + await Timings.MeasureAsync(runs, _ => PostAsync(http, Search, new { t = city, text = "食品", after = next })));
        Console.WriteLine("  GraphQL the same city's cases without text, first page: "
            + await Timings.MeasureAsync(runs, _ => PostAsync(http, Search, new { t = city, text = (string?)null, after = (string?)null })));
    }

    private static bool IsBelow(IReadOnlyList<AgencyProfile> agencies, AgencyProfile agency, string ancestor)
    {
        var parents = agencies.ToDictionary(a => a.Id, a => a.ParentId, StringComparer.Ordinal);
        for (var parent = agency.ParentId; parent is not null; parent = parents.GetValueOrDefault(parent))
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static CaseSummary Summary(AgencyProfile agency, int n, DateTimeOffset start)
    {
        var opened = start.AddMinutes((n * 7919 + agency.Id.Length * 31) % 500_000);
        var officer = new CaseOfficer($"{agency.Id}-{n % 5}", "执法人员", $"{agency.Id}-{n % 5}");
        return new CaseSummary(
            agency.Id,
            string.Create(CultureInfo.InvariantCulture, $"2025-{n:D5}"),
            Titles[(n + agency.Id.Length) % Titles.Length],
            EnforcementCategory.Penalty,
            n % 3 == 0 ? CaseStatus.Closed : CaseStatus.Open,
            "filing",
            "立案",
            new CaseParty(string.Create(CultureInfo.InvariantCulture, $"{agency.Name[..2]}某某商贸有限公司第{n}分店"), PartyKind.Organisation, null),
            [officer],
            opened,
            n % 3 == 0 ? opened.AddDays(30) : null,
            opened,
            [new CaseSummaryDeadline(DateOnly.FromDateTime(opened.UtcDateTime).AddDays(90), "九十日")],
            1);
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"] ?? throw new InvalidOperationException($"GraphQL refused: {body["errors"]}");
    }
}
