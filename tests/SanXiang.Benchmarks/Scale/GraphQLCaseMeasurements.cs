using System.Net.Http.Headers;

namespace SanXiang.Benchmarks.Scale;

/// <summary>The busiest agency's case list end to end: the built web host's <c>/graphql</c>, signed in as the provincial supervisor.</summary>
internal static class GraphQLCaseMeasurements
{
    private const string Page =
        "query($tenant: ID!, $status: CaseStatus, $first: Int) { cases(tenantId: $tenant, status: $status, first: $first) " +
        "{ nodes { id title status category currentStepName partyName officers { name } openedAt nextDeadline { due text } overdue } pageInfo { hasNextPage endCursor } } }";

    public static async Task RunAsync(WebHostProcess host, int runs)
    {
        using var http = new HttpClient { BaseAddress = host.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GraphQLMeasurements.TokenAsync(http));
        var variables = new { tenant = ProvinceCases.Busiest, status = "OPEN", first = 50 };
        var nodes = (await GraphQLMeasurements.PostAsync(http, Page, variables))["cases"]!["nodes"]!.AsArray().Count;
        Console.WriteLine($"  GraphQL cases(tenantId: {ProvinceCases.Busiest}, status: OPEN, first: 50), {nodes} rows: " +
            await Timings.MeasureAsync(runs, _ => GraphQLMeasurements.PostAsync(http, Page, variables)));
    }
}
