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

        var (name, data) = await ReadEventAsync(reader, timeout.Token);
        Assert.Equal("next", name);
        Assert.Equal("耿马傣族佤族自治县应急管理局（测试）", JsonNode.Parse(data)!["data"]!["tenantChanged"]!["name"]!.GetValue<string>());
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

    private static async Task<(string Name, string Data)> ReadEventAsync(StreamReader reader, CancellationToken cancellation)
    {
        string? name = null;
        while (await reader.ReadLineAsync(cancellation) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                return (name, line["data: ".Length..]);
            }
        }

        throw new InvalidOperationException("The event stream ended before an event arrived.");
    }
}
