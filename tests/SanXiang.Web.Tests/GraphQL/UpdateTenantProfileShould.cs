namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class UpdateTenantProfileShould(GraphQLAppFactory factory)
{
    private const string Update = """
        mutation($input: UpdateTenantProfileInput!) {
          updateTenantProfile(input: $input) { tenant { id name creditCode } creditCodeWarning }
        }
        """;

    [Fact]
    public async Task SaveAndWarnWhenTheCreditCodeChecksumFails()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);

        // 91350100M000100Y43 is the GB 32100 example; changing its last character breaks the check.
        var response = await client.PostAsync(Update, new { input = new { id = "xintian-scjg", creditCode = "91350100M000100Y44" } });

        Assert.Empty(response.Codes);
        Assert.Equal("91350100M000100Y44", response.Data!["updateTenantProfile"]!["tenant"]!["creditCode"]!.GetValue<string>());
        Assert.NotNull(response.Data!["updateTenantProfile"]!["creditCodeWarning"]);
    }

    [Fact]
    public async Task RefuseAnOfficer()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(Update, new { input = new { id = "xintian-scjg", name = "改名" } });

        Assert.Equal(["FORBIDDEN"], response.Codes);
    }

    [Fact]
    public async Task RefuseAMalformedCreditCode()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync(Update, new { input = new { id = "shanxi-rfb", creditCode = "not-a-code" } });

        Assert.Equal(["VALIDATION_FAILED"], response.Codes);
    }
}
