namespace SanXiang.Web.Tests.GraphQL;

/// <summary>The host under test loads the fixture plugins: fixture-harbour loads, the two broken ones are skipped.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class SectorQueriesShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task ListTheLoadedSectorsWithTheirDocumentKinds()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.officer", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("{ sectors { id name version categories documentKinds { kind name } } }");

        Assert.Empty(response.Codes);
        var sector = Assert.Single(response.Data!["sectors"]!.AsArray())!;
        Assert.Equal("fixture-harbour", sector["id"]!.GetValue<string>());
        Assert.Equal("港口（测试）", sector["name"]!.GetValue<string>());
        Assert.Equal("1.2.3", sector["version"]!.GetValue<string>());
        Assert.Equal("INSPECTION", sector["categories"]![0]!.GetValue<string>());
        Assert.Equal("现场检查笔录", sector["documentKinds"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task FlagATenantWhoseSectorHasNoLoadedPlugin()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("""{ tenant(id: "xuchang") { sector sectorLoaded } }""");

        Assert.Empty(response.Codes);
        Assert.False(response.Data!["tenant"]!["sectorLoaded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SwitchATenantToALoadedSector()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync("""mutation { updateTenantSector(id: "gengma-yjj", sector: "fixture-harbour") { sector sectorLoaded } }""");

        Assert.Empty(response.Codes);
        Assert.True(response.Data!["updateTenantSector"]!["sectorLoaded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RefuseASectorNoLoadedPluginProvides()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync("""mutation { updateTenantSector(id: "gengma-yjj", sector: "fixture-throwing") { sector } }""");

        Assert.Equal(["VALIDATION_FAILED"], response.Codes);
    }

    [Fact]
    public async Task RefuseATenantAdministratorSwitchingTheSector()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("""mutation { updateTenantSector(id: "xuchang", sector: "fixture-harbour") { sector } }""");

        Assert.Equal(["FORBIDDEN"], response.Codes);
    }

    [Fact]
    public async Task RenderASampleDocumentAndServeItToSignedInUsersOnly()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.officer", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("""{ sectorDocument(sectorId: "fixture-harbour", kind: "inspection-record") { fileName downloadUrl } }""");

        Assert.Empty(response.Codes);
        Assert.Equal("inspection-record-样例.docx", response.Data!["sectorDocument"]!["fileName"]!.GetValue<string>());
        var url = response.Data!["sectorDocument"]!["downloadUrl"]!.GetValue<string>();
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, url);
        signedIn.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Token);
        using var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var download = await http.SendAsync(signedIn);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        using var anonymous = await http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task AnswerAnUnknownDocumentKindWithNotFound()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xuchang.officer", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("""{ sectorDocument(sectorId: "fixture-harbour", kind: "no-such-kind") { fileName } }""");

        Assert.Equal(["NOT_FOUND"], response.Codes);
    }
}
