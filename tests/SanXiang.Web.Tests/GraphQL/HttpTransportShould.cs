using System.Net;
using System.Text;

namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class HttpTransportShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task RefuseMutationOverGet()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.GetAsync("""mutation { login(username: "admin", password: "x") { token } }""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.Codes);
    }

    [Fact]
    public async Task AnswerQueryOverGet()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.GetAsync("{ tenant(id: \"xuchang\") { name } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("许昌市", response.Data!["tenant"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswerInGraphQLResponseJsonWhenAskedAndUse400ForRequestsThatNeverRan()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync("{ tenants { nodes { id } } }", accept: "application/graphql-response+json");

        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task AnswerInPlainJsonWith200ByDefault()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync("{ tenants { nodes { id } } }");

        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task RefuseBodiesThatAreNotJson()
    {
        var client = new GraphQLClient(factory.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("query={tenants{nodes{id}}}", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }
}
