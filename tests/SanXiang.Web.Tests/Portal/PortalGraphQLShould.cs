using System.Text.Json.Nodes;
using SanXiang.Silo.Officers;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Portal;

/// <summary>The portal's anonymous API: what the public pages show, to anyone, and nothing the pages do not.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class PortalGraphQLShould(GraphQLAppFactory factory)
{
    private const string ByCertificate = """
        query($c: String!) { officerByCertificate(certificateNumber: $c) {
          agencyId agencyName name unit position certificateNumber categories categoryNames area validFrom validTo status url } }
        """;

    private GraphQLClient Anonymous => new(factory.CreateClient());

    [Fact]
    public async Task FindAnOfficerByCertificateWithoutASignIn()
    {
        var certificate = await PortalOfficers.AddAsync(factory, "蒋接口", new DateOnly(2099, 12, 31), OfficerStatus.Revoked);

        var response = await Anonymous.PostAsync(ByCertificate, new { c = certificate.ToLowerInvariant() });

        Assert.Empty(response.Codes);
        var officer = response.Data!["officerByCertificate"]!;
        Assert.Equal("xintian-scjg", officer["agencyId"]!.GetValue<string>());
        Assert.Equal("新田县市场监督管理局", officer["agencyName"]!.GetValue<string>());
        Assert.Equal("蒋接口", officer["name"]!.GetValue<string>());
        Assert.Equal("REVOKED", officer["status"]!.GetValue<string>());
        Assert.Equal(["PENALTY", "INSPECTION"], officer["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("2099-12-31", officer["validTo"]!.GetValue<string>());
        Assert.Equal($"/gs/xintian-scjg/officers/{certificate}", officer["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswerNullForACertificateNoAgencyLists()
    {
        var response = await Anonymous.PostAsync(ByCertificate, new { c = "NO-SUCH-CERTIFICATE" });

        Assert.Empty(response.Codes);
        Assert.Null(response.Data!["officerByCertificate"]);
    }

    [Fact]
    public async Task GiveTheAgencysPublicListsAsTypedFields()
    {
        var certificate = await PortalOfficers.AddAsync(factory, "沈清单", new DateOnly(2021, 6, 30));

        var response = await Anonymous.PostAsync("""
            query($t: ID!) { publicLists(tenantId: $t) {
              agency { id name level provinceName sectorName parentName creditCode }
              officers(first: 200) { totalCount nodes { name certificateNumber status } pageInfo { hasNextPage } }
              reviewCatalog { scopeName rules { categoryName condition sourceName } }
              avItems { step description }
              procedures { category steps { id name optional } deadlines { stepId days count article } }
              unpublishedLists } }
            """, new { t = "xintian-scjg" });

        Assert.Empty(response.Codes);
        var lists = response.Data!["publicLists"]!;
        Assert.Equal("新田县市场监督管理局", lists["agency"]!["name"]!.GetValue<string>());
        Assert.Equal("COUNTY", lists["agency"]!["level"]!.GetValue<string>());
        Assert.Equal("湖南省", lists["agency"]!["provinceName"]!.GetValue<string>());
        Assert.Equal("新田县司法局", lists["agency"]!["parentName"]!.GetValue<string>());
        var officer = lists["officers"]!["nodes"]!.AsArray().Single(o => o!["certificateNumber"]!.GetValue<string>() == certificate)!;
        Assert.Equal("EXPIRED", officer["status"]!.GetValue<string>());
        Assert.NotNull(lists["reviewCatalog"]);
        Assert.Equal(["权责清单", "随机抽查事项清单", "服务指南", "裁量基准"], lists["unpublishedLists"]!.AsArray().Select(l => l!.GetValue<string>()));

        // No market-regulation plugin in the test host: no flowcharts and no AV defaults, said as such rather than invented.
        Assert.Empty(lists["procedures"]!.AsArray());
        Assert.Null(lists["avItems"]);
    }

    [Fact]
    public async Task AnswerNullForAnAgencyThePlatformDoesNotList()
    {
        var response = await Anonymous.PostAsync("query { publicLists(tenantId: \"no-such-agency\") { unpublishedLists } platform: publicLists(tenantId: \"platform\") { unpublishedLists } }");

        Assert.Empty(response.Codes);
        Assert.Null(response.Data!["publicLists"]);
        Assert.Null(response.Data!["platform"]);
    }

    [Fact]
    public async Task KeepEverythingElseBehindTheSignIn()
    {
        foreach (var query in new[]
        {
            "query { officers(tenantId: \"xintian-scjg\") { name } }",
            "query { officer(tenantId: \"xintian-scjg\", certificateNumber: \"X\") { name } }",
            "query { officerByCertificate(certificateNumber: \"X\") { name } tenants { totalCount } }",
        })
        {
            var response = await Anonymous.PostAsync(query);

            Assert.Equal(["UNAUTHENTICATED"], response.Codes);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task ShowThePublicNoOfficerIdReviewerFlagQualificationOrAccount()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        var response = await client.PostAsync("""
            { officer: __type(name: "PublicOfficer") { fields { name } } agency: __type(name: "PublicAgency") { fields { name } } }
            """);

        var officerFields = Names(response.Data!["officer"]!);
        Assert.Equal(
            ["agencyId", "agencyName", "area", "categories", "categoryNames", "certificateNumber", "name", "position", "status", "unit", "url", "validFrom", "validTo"],
            officerFields.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("onboarded", Names(response.Data!["agency"]!));
    }

    private static List<string> Names(JsonNode type) => [.. type["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>())];
}
