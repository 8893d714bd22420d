using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Plans;
using SanXiang.Web.Onboarding;
using SanXiang.Web.Tests.Cases;
using SanXiang.Web.Tests.GraphQL;
using static SanXiang.Web.Tests.Onboarding.OnboardingFiles;

namespace SanXiang.Web.Tests.Onboarding;

/// <summary>The onboarding through <c>importAgencies</c> on a real host, shared by the SQLite and the PostgreSQL tests.</summary>
public static class AgencyImport
{
    public const string Mutation = """
        mutation($i: ImportAgenciesInput!) {
          importAgencies(input: $i) { imported dryRun officers agencies { id name officers planTitle } errors { sheet row column code message } }
        }
        """;

    public static async Task LeaveNoAgencyOfficerOrPlanBehindWhenOneRowIsBadAsync(WebApplicationFactory<Program> factory)
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "henan-sft.supervisor");
        var run = Run();
        var (first, second) = (CreditCode(1, run), CreditCode(2, run));
        var file = Workbook(
            [Agency("长葛市市场监督管理局", first, region: "411082", parent: "许昌市"), Agency("鄢陵县市场监督管理局", second, region: "411024"), Agency("襄城县市场监督管理局", CreditCode(3, run), level: "区级")],
            officers: [Officer(first, "张三", $"4110{run}0001"), Officer(second, "李四", $"4110{run}0002")],
            units: [[first, "法制股", ""], [second, "", "无名"]]);

        var response = await supervisor.PostAsync(Mutation, Input(file, dryRun: false));

        Assert.Empty(response.Codes);
        var payload = response.Data!["importAgencies"]!;
        Assert.False(payload["imported"]!.GetValue<bool>());
        Assert.Empty(payload["agencies"]!.AsArray());
        Assert.Equal([("机关", 4, "IMPORT_ROW_INVALID"), ("内设机构", 3, "IMPORT_ROW_INVALID")], payload["errors"]!.AsArray().Select(e => (e!["sheet"]!.GetValue<string>(), e["row"]!.GetValue<int>(), e["code"]!.GetValue<string>())));
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        foreach (var id in new[] { first, second }.Select(AgencyIds.FromCreditCode))
        {
            Assert.Null(await grains.GetGrain<IAgencyGrain>(id).GetAsync());
            Assert.Null(await grains.GetGrain<IPlanGrain>(id).GetAsync());
            Assert.Empty(await grains.GetGrain<IOfficerRosterGrain>(id).ListAsync());
            Assert.Null(await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).FindAsync(id));
        }
    }

    public static async Task CreateTheAgenciesWithTheirOfficersAndTheAdoptedPlanAsync(WebApplicationFactory<Program> factory)
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "henan-sft.supervisor");
        var run = Run();
        var (city, station) = (CreditCode(1, run), CreditCode(2, run));
        var file = Workbook(
            [Agency("石固市场监督管理所", station, region: "411082", level: "乡镇级", parent: city), Agency("长葛市市场监督管理局", city, region: "411082", parent: "许昌市")],
            officers: [Officer(city, "张三", $"4110{run}0001"), Officer(city, "李四", $"4110{run}0002"), Officer("石固市场监督管理所", "王五", $"4110{run}0003")],
            units: [[city, "法制股", "法制审核"]],
            group: [[city, "长葛市市场监管局推行三项制度工作领导小组", "法制股", "组长", "", "局长"]]);

        var checkedOnly = await supervisor.PostAsync(Mutation, Input(file, dryRun: true));
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var cityId = AgencyIds.FromCreditCode(city);
        var afterDryRun = await grains.GetGrain<IAgencyGrain>(cityId).GetAsync();
        var imported = await supervisor.PostAsync(Mutation, Input(file, dryRun: false));
        var again = await supervisor.PostAsync(Mutation, Input(file, dryRun: false));

        Assert.Empty(checkedOnly.Codes.Concat(imported.Codes).Concat(again.Codes));
        Assert.True(checkedOnly.Data!["importAgencies"]!["dryRun"]!.GetValue<bool>());
        Assert.Equal(2, checkedOnly.Data!["importAgencies"]!["agencies"]!.AsArray().Count);
        Assert.Null(afterDryRun);
        var payload = imported.Data!["importAgencies"]!;
        Assert.True(payload["imported"]!.GetValue<bool>(), imported.ToString());
        Assert.Equal(3, payload["officers"]!.GetValue<int>());
        Assert.Equal(["长葛市市场监督管理局", "石固市场监督管理所"], payload["agencies"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));

        var seen = await supervisor.PostAsync("query($t: ID!) { tenant(id: $t) { name parentId leadingGroup { office } } }", new { t = AgencyIds.FromCreditCode(station) });
        Assert.Equal(cityId, seen.Data!["tenant"]!["parentId"]!.GetValue<string>());
        var agency = await grains.GetGrain<IAgencyGrain>(cityId).GetAsync();
        Assert.Equal(("xuchang", "法制股"), (agency!.Profile.ParentId, agency.LeadingGroup!.Office));
        Assert.Equal(["张三", "李四"], (await grains.GetGrain<IOfficerRosterGrain>(cityId).ListAsync()).Select(o => o.Name).Order());

        // 许昌市's ledger (43 tasks, the first due 2019年7月) begun in March 2027: every month moved by the same 92.
        var plan = await grains.GetGrain<IPlanGrain>(cityId).GetAsync();
        Assert.StartsWith("长葛市市场监督管理局", plan!.Title, StringComparison.Ordinal);
        Assert.Equal(43, plan.LedgerTasks.Count);
        Assert.Equal(("2027年6月", (DateOnly?)new DateOnly(2027, 6, 30)), (plan.LedgerTasks[0].Deadline, plan.LedgerTasks[0].Due));
        Assert.Equal(new DateOnly(2027, 3, 31), plan.LedgerTasks.Min(t => t.Due));

        // The same file again: its credit codes are taken now.
        Assert.Equal(["IMPORT_DUPLICATE", "IMPORT_DUPLICATE"], again.Data!["importAgencies"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()));
    }

    public static async Task RefuseAnyoneButASupervisorOfTheDepartmentAsync(WebApplicationFactory<Program> factory)
    {
        var elsewhere = await CaseApi.SignedInAsync(factory, "yunnan-sft.supervisor");
        var admin = await CaseApi.SignedInAsync(factory, "xuchang.admin");
        var file = Workbook([Agency("长葛市市场监督管理局", CreditCode(1, Run()), region: "411082")]);

        var outside = await elsewhere.PostAsync(Mutation, Input(file, dryRun: true));
        var notSupervisor = await admin.PostAsync(Mutation, Input(file, dryRun: true, tenant: "xuchang"));

        Assert.Equal(["FORBIDDEN"], outside.Codes);
        Assert.Equal(["FORBIDDEN"], notSupervisor.Codes);
    }

    public const string Create = """
        mutation($i: CreateSubordinateAgencyInput!) {
          createSubordinateAgency(input: $i) { imported agencies { id name planTitle } errors { sheet row column code message } }
        }
        """;

    public static async Task CreateOneAgencyUnderTheChosenParentWithItsPlanAsync(WebApplicationFactory<Program> factory)
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "henan-sft.supervisor");
        var code = CreditCode(1, Run());

        var response = await supervisor.PostAsync(Create, new { i = new { tenantId = "henan-sft", planTemplate = "xuchang", planStart = "2027-03-01", name = "长葛市市场监督管理局", creditCode = code, regionCode = "411082", level = "COUNTY", sector = "market-regulation", parentId = "xuchang", documentCode = "长市监" } });

        Assert.Empty(response.Codes);
        var payload = response.Data!["createSubordinateAgency"]!;
        Assert.True(payload["imported"]!.GetValue<bool>(), response.ToString());
        var id = AgencyIds.FromCreditCode(code);
        Assert.Equal(id, payload["agencies"]![0]!["id"]!.GetValue<string>());
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var agency = await grains.GetGrain<IAgencyGrain>(id).GetAsync();
        Assert.Equal(("xuchang", AgencyLevel.County, "长市监"), (agency!.Profile.ParentId, agency.Profile.Level, agency.Profile.DocumentCode));
        Assert.Equal(43, (await grains.GetGrain<IPlanGrain>(id).GetAsync())!.LedgerTasks.Count);
        Assert.NotNull(await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).FindAsync(id));
    }

    public static async Task NameEveryBadFieldOfANewAgencyAndCreateNothingAsync(WebApplicationFactory<Program> factory)
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "henan-sft.supervisor");
        var code = CreditCode(1, Run());

        var response = await supervisor.PostAsync(Create, new { i = new { tenantId = "henan-sft", planTemplate = "xuchang", name = "", creditCode = code, regionCode = "4110", level = "COUNTY", sector = "fishing", parentId = "yunnan-sft" } });

        Assert.Empty(response.Codes);
        var payload = response.Data!["createSubordinateAgency"]!;
        Assert.False(payload["imported"]!.GetValue<bool>());
        var columns = payload["errors"]!.AsArray().Select(e => e!["column"]?.GetValue<string>()).ToList();
        Assert.Contains("机关名称", columns);
        Assert.Contains("行业", columns);
        Assert.Contains("上级机关", columns);
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal(2, e!["row"]!.GetValue<int>()));
        Assert.Null(await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IAgencyGrain>(AgencyIds.FromCreditCode(code)).GetAsync());
    }

    private static object Input(byte[] workbook, bool dryRun, string tenant = "henan-sft") =>
        new { i = new { tenantId = tenant, planTemplate = "xuchang", planStart = "2027-03-01", dryRun, files = new[] { new { fileName = "下级机关.xlsx", contentBase64 = Convert.ToBase64String(workbook) } } } };
}
