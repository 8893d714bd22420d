using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// GraphQL requests from a client address of the test's choosing (the test server's own requests
/// have none), so that sign-in budgets per address can be spent without touching other tests.
/// </summary>
public sealed class RemoteClient(HostileAppFactory factory, IPAddress address)
{
    public string? Token { get; set; }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query, variables });
        var context = await factory.Server.SendAsync(http =>
        {
            http.Request.Method = "POST";
            http.Request.Path = "/graphql";
            http.Request.ContentType = "application/json";
            http.Request.Headers.Accept = "application/json";
            if (Token is not null)
            {
                http.Request.Headers.Authorization = "Bearer " + Token;
            }

            http.Request.Body = new MemoryStream(body);
            http.Connection.RemoteIpAddress = address;
        });
        var text = await new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEndAsync();
        return new GraphQLResponse((HttpStatusCode)context.Response.StatusCode, context.Response.ContentType, JsonNode.Parse(text)!.AsObject());
    }

    public Task<GraphQLResponse> LoginAsync(string userName, string password) =>
        PostAsync("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", new { u = userName, p = password });
}
