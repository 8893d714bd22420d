using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;
using SanXiang.Web.Auth;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;
using SanXiang.Web.Transparency;

namespace SanXiang.Web.Tests.Components;

public sealed class HomeShould : ConsoleTestContext
{
    private readonly FakeWitnessAlerts witnessAlerts = new();

    private IRenderedComponent<Home> RenderAs(params Claim[] claims) => RenderAs(new FakePlanConsoleData(null), claims);

    private IRenderedComponent<Home> RenderAs(FakePlanConsoleData plans, params Claim[] claims)
    {
        Services.AddSingleton<IPlanConsoleData>(plans);
        Services.AddSingleton<IWitnessAlertSource>(witnessAlerts);
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(AgencyView.NotFound("none")) { Agencies = [Samples.Henan(), Samples.Xuchang()] });
        Services.AddSingleton<HealthCheckService>(new FixedHealth());
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetClaims(claims);
        RenderPopoverProvider();
        return Render<Home>();
    }

    private static Claim[] Member(string tenant, string role) =>
        [new(SanXiangClaims.TenantRole, $"{tenant}:{role}"), new(SanXiangClaims.HomeTenant, tenant)];

    private string Path => new Uri(Services.GetRequiredService<NavigationManager>().Uri).AbsolutePath;

    [Fact]
    public void SendAnOfficerToHisCases()
    {
        RenderAs(Member("xuchang", "Officer"));

        Assert.Equal("/t/xuchang/my-cases", Path);
    }

    [Fact]
    public void KeepASupervisorOnTheAgenciesItOversees()
    {
        var cut = RenderAs(Member("henan-gov", "Supervisor"));

        Assert.Equal("/", Path);
        Assert.Contains("行政执法机关", cut.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".platform-overview"));
    }

    [Fact]
    public void ShowASupervisorTheRollOutBelowItFirst()
    {
        var rollup = new PlanRollup(new DateOnly(2019, 11, 20), 12, 10, 3, 30, 18, 4, 430, 215, 37, 200, 150, [new PhaseCount("整改提高阶段", 9)], "河南省人民政府");
        var cut = RenderAs(new FakePlanConsoleData(null) { Rollup = rollup }, Member("henan-gov", "Supervisor"));

        var panel = cut.Find(".rollup-panel");
        Assert.Contains("河南省人民政府 所辖机关推行情况", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("所辖机关 12 个", panel.TextContent, StringComparison.Ordinal);
        Assert.Equal("37", cut.Find(".rollup-overdue-tasks .rollup-value").TextContent.Trim());
        Assert.Contains("50.0%", cut.Find("[data-indicator=ledger-completion]").TextContent, StringComparison.Ordinal);
        Assert.Contains("75.0%", cut.Find("[data-indicator=on-time]").TextContent, StringComparison.Ordinal);
        Assert.Contains("整改提高阶段：9 个机关", panel.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowASupervisorTheEnforcementIndicatorsAndEachCityBelowWithItsOwn()
    {
        var day = new DateOnly(2019, 11, 20);
        var rollup = new PlanRollup(day, 12, 10, 3, 30, 18, 4, 430, 215, 37, 200, 150, [], "河南省人民政府")
        {
            Enforcement = new EnforcementCounts(DisclosuresDue: 40, DisclosuresOnTime: 30, Officers: 200, OfficersCertified: 190, ReviewersCertified: 9, FilesEvaluated: 20, FilesPassed: 15),
        };
        var xuchang = new PlanRollup(day, 5, 5, 1, 10, 6, 1, 100, 40, 9, 50, 25, [], "许昌市人民政府")
        {
            Enforcement = new EnforcementCounts(10, 9, 50, 40, 1, 4, 1),
        };
        var plans = new FakePlanConsoleData(null) { Rollup = rollup, Branches = [new RollupBranch("xuchang-gov", xuchang)] };

        var cut = RenderAs(plans, Member("henan-gov", "Supervisor"));

        Assert.Contains("75.0%", cut.Find(".rollup-indicator[data-indicator=disclosure-timeliness]").TextContent, StringComparison.Ordinal);
        Assert.Contains("公示及时率（30 / 40）", cut.Find(".rollup-indicator[data-indicator=disclosure-timeliness]").TextContent, StringComparison.Ordinal);
        Assert.Contains("持证率（190 / 200）", cut.Find(".rollup-indicator[data-indicator=certification]").TextContent, StringComparison.Ordinal);
        var row = cut.Find(".rollup-branch[data-agency=xuchang-gov]");
        Assert.Equal("/t/xuchang-gov", row.QuerySelector(".rollup-branch-link")!.GetAttribute("href"));
        Assert.Contains("许昌市人民政府", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("90.0%", row.QuerySelector("[data-indicator=disclosure-timeliness]")!.TextContent.Trim());
        Assert.Equal("80.0%", row.QuerySelector("[data-indicator=certification]")!.TextContent.Trim());
        Assert.Equal("25.0%", row.QuerySelector("[data-indicator=case-file-pass]")!.TextContent.Trim());
        Assert.Equal("9", row.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task ReadTheRollupAgainWhenAChangeArrivesFromTheCluster()
    {
        var plans = new FakePlanConsoleData(null) { Rollup = new PlanRollup(new DateOnly(2019, 11, 20), 12, 10, 3, 30, 18, 4, 430, 215, 37, 200, 150, [], "河南省人民政府") };
        var cut = RenderAs(plans, Member("henan-gov", "Supervisor"));
        var watcher = Assert.Single(plans.Watchers);

        plans.Rollup = plans.Rollup with { TasksOverdue = 36, TasksComplete = 216 };
        await cut.InvokeAsync(watcher);

        cut.WaitForAssertion(() => Assert.Equal("36", cut.Find(".rollup-overdue-tasks .rollup-value").TextContent.Trim()));
    }

    [Fact]
    public void ShowASupervisorTheCheckpointsItsDepartmentRefusedToWitness()
    {
        var message = WitnessAlertText.Describe(WitnessOutcome.SizeWentBackwards, "许昌市某局", 1_200, 1_100);
        witnessAlerts.Shown =
        [
            new DepartmentWitnessAlerts("henan-gov", "河南省人民政府", [new WitnessAlertView("a1", "xuchang", "许昌市某局", WitnessOutcome.SizeWentBackwards, 1_200, 1_100, DateTimeOffset.UtcNow, message)]),
        ];

        var cut = RenderAs(Member("henan-gov", "Supervisor"));

        Assert.Contains("执法日志见证告警（河南省人民政府）", cut.Find(".witness-alerts h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("许昌市某局的执法日志与上次见证时不一致（上次 1 200 条，本次 1 100 条）", cut.Find(".witness-alert").TextContent, StringComparison.Ordinal);
        Assert.Contains("已拒绝见证", cut.Find(".witness-alert").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowNoWitnessPanelWithoutAlerts()
    {
        var cut = RenderAs(Member("henan-gov", "Supervisor"));

        Assert.Empty(cut.FindAll(".witness-alerts"));
    }

    [Fact]
    public void ShowThePlatformAdministratorThePlatformsStateInChinese()
    {
        var cut = RenderAs(new Claim(SanXiangClaims.PlatformAdmin, "true"));

        Assert.Equal("/", Path);
        Assert.Equal("平台首页", cut.Find("h1").TextContent.Trim());
        Assert.Equal(["数据存储：正常", "领域插件：部分可用"], cut.FindAll(".platform-health").Select(h => h.TextContent.Trim()));
        Assert.Contains("已加载 0 个", cut.Find(".platform-plugins").TextContent, StringComparison.Ordinal);
    }

    private sealed class FakeWitnessAlerts : IWitnessAlertSource
    {
        public IReadOnlyList<DepartmentWitnessAlerts> Shown { get; set; } = [];

        public Task<IReadOnlyList<DepartmentWitnessAlerts>> ForSupervisorAsync(ClaimsPrincipal user) => Task.FromResult(Shown);
    }

    private sealed class FixedHealth : HealthCheckService
    {
        public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default) =>
            Task.FromResult(new HealthReport(
                new Dictionary<string, HealthReportEntry>
                {
                    ["storage"] = new(HealthStatus.Healthy, "SQLite, schema 9.", TimeSpan.Zero, null, null),
                    ["plugins"] = new(HealthStatus.Degraded, "1 plugin(s) skipped", TimeSpan.Zero, null, null),
                },
                TimeSpan.Zero));
    }
}
