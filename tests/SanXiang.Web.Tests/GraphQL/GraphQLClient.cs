using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SanXiang.Web.Tests.GraphQL;

/// <summary>Speaks GraphQL over HTTP to the test host, as an API client would.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public string? Token { get; set; }

    public string? Tenant { get; set; }

    public static async Task<GraphQLClient> SignedInAsync(GraphQLAppFactory factory, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = new GraphQLClient(factory.CreateClient());
        var login = await client.PostAsync(
            "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt } }",
            new { u = userName, p = password });
        client.Token = login.Data!["login"]!["token"]!.GetValue<string>();
        return client;
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        return await SendAsync(request, accept);
    }

    public async Task<GraphQLResponse> GetAsync(string query, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        return await SendAsync(request, accept);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string accept = "application/json")
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (Tenant is not null)
        {
            request.Headers.Add("X-SanXiang-Tenant", Tenant);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(body)!.AsObject());
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Not a GraphQL response ({(int)response.StatusCode}): {body[..Math.Min(body.Length, 2000)]}", e);
        }
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public IReadOnlyList<string?> Codes =>
        Body["errors"] is JsonArray errors ? [.. errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())] : [];

    public string? FirstMessage => Body["errors"]?[0]?["message"]?.GetValue<string>();

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
