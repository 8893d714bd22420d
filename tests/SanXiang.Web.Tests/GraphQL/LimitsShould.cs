using System.Net;

namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class LimitsShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task RefuseQueryDeeperThanTwelveWithoutRunningIt()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        // tenant = depth 1, eleven nested children = 2..12, id = 13. tenant(id:) is a single object,
        // but the children lists still multiply: depth is checked first, so its code is the one reported.
        var query = "{ tenant(id: \"henan-sft\") { " + string.Concat(Enumerable.Repeat("children { ", 11)) + "id" + string.Concat(Enumerable.Repeat(" }", 13));
        var response = await client.PostAsync(query);

        Assert.Equal(["QUERY_TOO_DEEP"], response.Codes);
        Assert.False(response.Body.ContainsKey("data"));
    }

    [Fact]
    public async Task RefuseTooComplexQuery()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync("{ tenants { nodes { children { children { children { id name sector } } } } } }");

        Assert.Equal(["QUERY_TOO_COMPLEX"], response.Codes);
        Assert.False(response.Body.ContainsKey("data"));
    }

    [Fact]
    public async Task AllowGraphiQLIntrospection()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync(IntrospectionQuery.Text);

        Assert.Empty(response.Codes);
        Assert.NotNull(response.Data!["__schema"]);
    }

    [Fact]
    public async Task RefuseQueryTextLongerThanTheCapBeforeParsingIt()
    {
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync("{ " + new string(' ', 20_000) + "tenants { nodes { id } } }");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["QUERY_TOO_LONG"], response.Codes);
    }
}
