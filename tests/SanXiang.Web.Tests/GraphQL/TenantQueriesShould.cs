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

        var response = await client.PostAsync("{ tenants { id } }");

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

        var response = await client.PostAsync("{ tenants { id name level sector regionCode parentId creditCode } }");

        Assert.Equal(["xuchang"], response.Data!["tenants"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RefuseReadingAnotherTenantThanTheHeaderNames()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        client.Tenant = "xuchang";

        var response = await client.PostAsync("""{ tenant(id: "gengma-yjj") { plan { title } } }""");

        Assert.Equal(["TENANT_MISMATCH"], response.Codes);
    }
}
