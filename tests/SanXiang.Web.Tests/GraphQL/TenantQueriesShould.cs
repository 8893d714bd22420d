using System.Net;

namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class TenantQueriesShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task GiveXuchangsPlanWithAll43LedgerTasks()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("""
            { tenant(id: "xuchang") { id name level parentId
                plan { phases { name start end } ledgerTasks { id group measure responsibleUnits deadline groupNo due longTerm } } } }
            """);

        Assert.Empty(response.Codes);
        var tasks = response.Data!["tenant"]!["plan"]!["ledgerTasks"]!.AsArray();
        Assert.Equal(43, tasks.Count);
        Assert.All(tasks, t => Assert.Matches(@"^(\d{4}-\d{2}-\d{2})?$", t!["due"]?.GetValue<string>() ?? string.Empty));
    }

    [Fact]
    public async Task AnswerUnknownTenantIdWithTenantNotFound()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync("""{ tenant(id: "no-such-agency") { id } }""");

        Assert.Equal(["TENANT_NOT_FOUND"], response.Codes);
    }

    [Fact]
    public async Task AnswerUnknownTenantHeaderWithTenantNotFound()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        client.Tenant = "no-such-agency";

        var response = await client.PostAsync("{ tenants { nodes { id } } }");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(["TENANT_NOT_FOUND"], response.Codes);
    }

    [Fact]
    public async Task RefuseTenantAdminAnotherAgency()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("""{ tenant(id: "gengma-yjj") { id plan { title } } }""");

        Assert.Equal(["FORBIDDEN"], response.Codes);
    }

    [Fact]
    public async Task ListOnlyTheTenantsTheCallerMaySee()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("{ tenants { totalCount nodes { id name level sector regionCode parentId creditCode } } }");

        Assert.Equal(["xuchang"], response.Data!["tenants"]!["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ShowASupervisingDepartmentItsAgenciesAtEveryDepth()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "shanxi-fzb.supervisor", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("{ tenants { totalCount nodes { id } } }");

        Assert.Empty(response.Codes);
        Assert.Equal(["shanxi-fzb", "shanxi-rfb", "jinzhong-rfb"], response.Data!["tenants"]!["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal(3, response.Data!["tenants"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task PageThroughTheAgenciesEachOnceInOrder()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        var all = await IdsAsync(client, "first: 500");

        var paged = new List<string>();
        string? after = null;
        do
        {
            var response = await client.PostAsync(
                "query($after: String) { tenants(first: 3, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var page = response.Data!["tenants"]!;
            Assert.Equal(all.Count, page["totalCount"]!.GetValue<int>());
            paged.AddRange(page["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.True(all.Count > 3);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task FilterAgenciesByLevelRegionAndName()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        Assert.Equal(["yunnan-sft", "yuxi-sfj", "gengma-sfj", "gengma-yjj"], await IdsAsync(client, "region: \"530000\""));
        Assert.Equal(["gengma-sfj", "gengma-yjj"], await IdsAsync(client, "region: \"530000\", level: COUNTY"));
        Assert.Equal(["gengma-yjj"], await IdsAsync(client, "name: \"应急\""));
    }

    [Theory]
    [InlineData("first: 501")]
    [InlineData("first: -1")]
    [InlineData("after: \"not-a-cursor\"")]
    [InlineData("region: \"41\"")]
    public async Task RefuseAPageItCannotServe(string arguments)
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync($"{{ tenants({arguments}) {{ totalCount }} }}");

        Assert.Equal(["VALIDATION_FAILED"], response.Codes);
    }

    [Fact]
    public async Task RefuseReadingAnotherTenantThanTheHeaderNames()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        client.Tenant = "xuchang";

        var response = await client.PostAsync("""{ tenant(id: "gengma-yjj") { plan { title } } }""");

        Assert.Equal(["TENANT_MISMATCH"], response.Codes);
    }

    private static async Task<List<string>> IdsAsync(GraphQLClient client, string arguments)
    {
        var response = await client.PostAsync($"{{ tenants({arguments}) {{ nodes {{ id }} }} }}");
        Assert.Empty(response.Codes);
        return [.. response.Data!["tenants"]!["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>())];
    }
}
