using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SanXiang.Silo.Agencies;

namespace SanXiang.Benchmarks.Scale;

/// <summary>The API path end to end: the built web host's <c>/graphql</c>, signed in as the provincial supervisor.</summary>
internal static class GraphQLMeasurements
{
    private const string Page =
        "query($first: Int, $after: String) { tenants(first: $first, after: $after) { totalCount nodes { id name level sector regionCode parentId } pageInfo { hasNextPage endCursor } } }";

    private const int WalkPage = 300;

    public static async Task RunAsync(WebHostProcess host, IReadOnlyList<AgencyProfile> agencies, int runs)
    {
        using var http = new HttpClient { BaseAddress = host.Url };
        var token = await TokenAsync(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Report("GraphQL tenants(first: 50), the console's page size", await Timings.MeasureAsync(runs, _ => PostAsync(http, Page, new { first = 50 })));
        // 300 rows of six fields is what the complexity limit (2000) lets one request ask for.
        var count = await WalkAsync(http, WalkPage);
        Report($"GraphQL the whole list, {count} agencies in pages of {WalkPage} ({(count + WalkPage - 1) / WalkPage} requests)",
            await Timings.MeasureAsync(Math.Max(5, runs / 5), _ => WalkAsync(http, WalkPage)));

        // The middleware resolves the header's tenant on every request; the same request without the
        // header shows what the resolution adds.
        Report("GraphQL tenant(id) naming the tenant in X-SanXiang-Tenant (resolved per request)", await Timings.MeasureAsync(runs * 4, i => TenantAsync(http, agencies, i, header: true)));
        Report("GraphQL tenant(id) without the header (nothing to resolve)", await Timings.MeasureAsync(runs * 4, i => TenantAsync(http, agencies, i, header: false)));
    }

    private static async Task TenantAsync(HttpClient http, IReadOnlyList<AgencyProfile> agencies, int i, bool header)
    {
        var id = agencies[i * 7919 % agencies.Count].Id;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = $"{{ tenant(id: \"{id}\") {{ id name }} }}" }) };
        if (header)
        {
            request.Headers.Add("X-SanXiang-Tenant", id);
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<int> WalkAsync(HttpClient http, int first)
    {
        var count = 0;
        string? after = null;
        do
        {
            var page = (await PostAsync(http, Page, new { first, after }))["tenants"]!;
            count += page["nodes"]!.AsArray().Count;
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        return count;
    }

    internal static async Task<JsonNode> PostAsync(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"] ?? throw new InvalidOperationException($"GraphQL refused: {body["errors"]}");
    }

    internal static async Task<string> TokenAsync(HttpClient http)
    {
        var data = await PostAsync(
            http,
            "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
            new { u = ProvinceGenerator.SupervisorUser, p = ProvinceGenerator.SupervisorPassword });
        return data["login"]!["token"]!.GetValue<string>();
    }

    private static void Report(string what, string figures) => Console.WriteLine($"  {what}: {figures}");
}
