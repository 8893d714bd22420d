using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class SubscriptionsShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task StreamTenantChangedOverServerSentEvents()
    {
        var editor = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = """subscription { tenantChanged(id: "gengma-yjj") { id name } }""" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editor.Token);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var update = await editor.PostAsync(
            "mutation($input: UpdateTenantProfileInput!) { updateTenantProfile(input: $input) { tenant { id } } }",
            new { input = new { id = "gengma-yjj", name = "耿马傣族佤族自治县应急管理局（测试）" } });
        Assert.Empty(update.Codes);

        var (name, data) = await EventStreams.ReadEventAsync(reader, timeout.Token);
        Assert.Equal("next", name);
        Assert.Equal("耿马傣族佤族自治县应急管理局（测试）", JsonNode.Parse(data)!["data"]!["tenantChanged"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task StreamARolloutChangeBelowTheDepartmentWithItsRollup()
    {
        var province = await GraphQLClient.SignedInAsync(factory, "henan-sft.supervisor", GraphQLAppFactory.DemoPassword);
        var city = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);
        using var http = factory.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (response, reader) = await EventStreams.OpenAsync(
            http,
            province.Token!,
            """subscription { rolloutChanged(tenantId: "henan-sft") { tenantId at rollup { descendants indicators { id denominator } } } }""",
            timeout.Token);
        using (response)
        using (reader)
        {
            var report = await city.PostAsync("""
                mutation { updateLedgerTask(input: { tenantId: "xuchang", taskId: 4, note: "按月更新执法人员信息", evidence: [], completes: false }) { title } }
                """);
            Assert.Empty(report.Codes);

            var (name, data) = await EventStreams.ReadEventAsync(reader, timeout.Token);
            var change = JsonNode.Parse(data)!["data"]!["rolloutChanged"]!;
            Assert.Equal("next", name);
            Assert.Equal("xuchang", change["tenantId"]!.GetValue<string>());
            Assert.Contains(change["rollup"]!["indicators"]!.AsArray(), i => i!["id"]!.GetValue<string>() == "ledger-completion" && i["denominator"]!.GetValue<int>() >= 43);
        }
    }

    [Fact]
    public async Task StreamAnOfficerAddedBelowTheDepartmentWithTheNewCertificationCount()
    {
        var department = await GraphQLClient.SignedInAsync(factory, "xintian-sfj.supervisor", GraphQLAppFactory.DemoPassword);
        var agency = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);
        var before = await department.PostAsync("""{ rollup(tenantId: "xintian-sfj") { indicators { id denominator } } }""");
        using var http = factory.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (response, reader) = await EventStreams.OpenAsync(
            http,
            department.Token!,
            """subscription { rolloutChanged(tenantId: "xintian-sfj") { tenantId rollup { indicators { id denominator } } } }""",
            timeout.Token);
        using (response)
        using (reader)
        {
            var added = await agency.PostAsync(
                "mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }",
                new { i = new { tenantId = "xintian-scjg", name = "周九", unit = "执法大队", certificateNumber = "GQL-SUB-1", categories = new[] { "行政处罚" }, validFrom = "2024-01-01", validTo = "2099-12-31", isReviewer = false, hasLegalQualification = false } });
            Assert.Empty(added.Codes);

            var (name, data) = await EventStreams.ReadEventAsync(reader, timeout.Token);
            var change = JsonNode.Parse(data)!["data"]!["rolloutChanged"]!;
            Assert.Equal("next", name);
            Assert.Equal("xintian-scjg", change["tenantId"]!.GetValue<string>());
            Assert.Equal(Officers(before.Data!["rollup"]!) + 1, Officers(change["rollup"]!));
        }

        static int Officers(JsonNode rollup) =>
            rollup["indicators"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == "certification")!["denominator"]!.GetValue<int>();
    }

    [Fact]
    public async Task RefuseARolloutSubscriptionForADepartmentTheCallerMayNotSee()
    {
        var city = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);
        using var http = factory.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (response, reader) = await EventStreams.OpenAsync(http, city.Token!, """subscription { rolloutChanged(tenantId: "henan-sft") { tenantId } }""", timeout.Token);
        using (response)
        using (reader)
        {
            var (_, data) = await EventStreams.ReadEventAsync(reader, timeout.Token);
            Assert.Contains("FORBIDDEN", data, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RefuseSubscriptionWithoutSignIn()
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = """subscription { tenantChanged(id: "gengma-yjj") { id } }""" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("event: next", body, StringComparison.Ordinal);
        Assert.Contains("UNAUTHENTICATED", body, StringComparison.Ordinal);
        Assert.Contains("event: complete", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptSubscriptionOverGetForEventSource()
    {
        var signedIn = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        using var http = factory.CreateClient();
        var query = Uri.EscapeDataString("""subscription { tenantChanged(id: "yuxi-sfj") { id } }""");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.Token);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }
}
