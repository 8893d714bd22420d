using SanXiang.Domain.Errors;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// Issue 10 item 1 through the API: 新田县司法局 publishes a catalog row, 新田县市场监督管理局 inherits it, and a case of the
/// county bureau that the row names is major and cites where the row came from; anyone can read the catalog.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class ReviewCatalogShould(CasesAppFactory factory)
{
    private const string Catalog = """
        query($t: ID!) { reviewCatalog(tenantId: $t) { version scope scopeName rules { id categoryName condition amountAtLeast basis source sourceName } editions { version effectiveFrom } } }
        """;

    private const string Publish = """
        mutation($i: PublishReviewCatalogInput!) { publishReviewCatalog(input: $i) { version editions { version effectiveFrom } } }
        """;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task LetAnyoneReadTheSectorsRowsOfAnAgencysCatalog()
    {
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(Catalog, new { t = CaseApi.Tenant });

        Assert.Empty(response.Codes);
        var catalog = response.Data!["reviewCatalog"]!;
        Assert.StartsWith("market-regulation@", catalog["version"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(catalog["rules"]!.AsArray(), r => r!["source"]!.GetValue<string>() == "sector" && r["categoryName"]!.GetValue<string>() == "行政处罚");
    }

    [Fact]
    public async Task MakeACountyCaseMajorByTheRowItsSupervisingDepartmentPublished()
    {
        var department = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");
        var published = await department.PostAsync(Publish, new { i = Draft("xintian-sfj", Today, "拟作出通报批评的") });
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("蒋立"), await admin.AddOfficerAsync("沈文")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var proposed = await api.PostAsync(
            "mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, kinds = new[] { "REPRIMAND" }, fine = 0m, legalBasis = "《中华人民共和国食品安全法》第一百二十四条", factsSummary = "销售超过保质期的食品" } });

        var catalog = await new GraphQLClient(factory.CreateClient()).PostAsync(Catalog, new { t = CaseApi.Tenant });
        var major = await api.PostAsync(
            "query($t: ID!, $c: ID!) { evaluateMajorDecision(tenantId: $t, caseId: $c) { major catalogVersion matchedRules { description source sourceName } } }",
            new { t = CaseApi.Tenant, c = caseId });

        Assert.Empty(published.Codes);
        Assert.Empty(proposed.Codes);
        Assert.Contains(catalog.Data!["reviewCatalog"]!["rules"]!.AsArray(), r => r!["source"]!.GetValue<string>() == "inherited"
            && r["sourceName"]!.GetValue<string>().StartsWith("新田县司法局 第 ", StringComparison.Ordinal));
        var decision = major.Data!["evaluateMajorDecision"]!;
        Assert.True(decision["major"]!.GetValue<bool>(), major.ToString());
        var rule = Assert.Single(decision["matchedRules"]!.AsArray());
        Assert.Equal("inherited", rule!["source"]!.GetValue<string>());
        Assert.Contains("拟作出通报批评", rule["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("+xintian-sfj@", decision["catalogVersion"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAnEditionFromAnOfficerAndABackdatedOneFromTheAdministrator()
    {
        var officer = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        var before = await new GraphQLClient(factory.CreateClient()).PostAsync(Catalog, new { t = CaseApi.Tenant });

        var byOfficer = await officer.PostAsync(Publish, new { i = Draft(CaseApi.Tenant, Today, "拟作出没收非法财物的") });
        var backdated = await admin.PostAsync(Publish, new { i = Draft(CaseApi.Tenant, "2026-01-01", "拟作出没收非法财物的") });
        var after = await new GraphQLClient(factory.CreateClient()).PostAsync(Catalog, new { t = CaseApi.Tenant });

        Assert.Equal([ErrorCodes.Forbidden], byOfficer.Codes);
        Assert.Equal([ErrorCodes.ValidationFailed], backdated.Codes);
        Assert.StartsWith("施行日期不能早于今天", backdated.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(before.Data!["reviewCatalog"]!["editions"]!.ToJsonString(), after.Data!["reviewCatalog"]!["editions"]!.ToJsonString());
    }

    [Fact]
    public async Task ShowTheAgencyAnEditionForALaterDayButThePublicOnlyFromThatDay()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var published = await admin.PostAsync(Publish, new { i = Draft(CaseApi.Tenant, tomorrow, "拟作出限制从业的") });
        var seen = await new GraphQLClient(factory.CreateClient()).PostAsync(Catalog, new { t = CaseApi.Tenant });

        Assert.Empty(published.Codes);
        Assert.DoesNotContain(seen.Data!["reviewCatalog"]!["editions"]!.AsArray(), e => e!["effectiveFrom"]!.GetValue<string>() == tomorrow);
        Assert.DoesNotContain(seen.Data["reviewCatalog"]!["rules"]!.AsArray(), r => r!["condition"]!.GetValue<string>() == "拟作出限制从业的");
    }

    private static object Draft(string tenantId, string effectiveFrom, string condition) => new
    {
        tenantId,
        effectiveFrom,
        scope = "MAJOR_DECISIONS",
        entries = new[] { new { category = "PENALTY", condition, basis = "新田县重大行政执法决定法制审核目录清单" } },
    };
}
