using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Cases;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Cases;

public sealed class MyCasesPageShould : ConsoleTestContext
{
    private static readonly DateOnly Today = CaseSamples.Today;

    private IRenderedComponent<MyCasesPage> RenderPage(FakeCaseConsoleData cases, Silo.Officers.Officer? signedIn)
    {
        var view = new AgencyView(AgencyViewStatus.Found, "xintian-scjg", new Agency(CaseSamples.Xintian(), [], null, null));
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view) { Today = Today, SignedIn = signedIn });
        Services.AddSingleton<ICaseConsoleData>(cases);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<MyCasesPage>(p => p.Add(c => c.Tenant, "xintian-scjg"));
    }

    private static FakeCaseConsoleData ZhangsAndLisCases() => new()
    {
        Summaries =
        [
            CaseSamples.Summary("2026-0001", "无照经营案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, Today.AddDays(20)),
            CaseSamples.Summary("2026-0002", "销售过期食品案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, Today.AddDays(-1)),
            CaseSamples.Summary("2026-0003", "虚假宣传案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, Today.AddDays(2)),
            CaseSamples.Summary("2026-0004", "李华的案件", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Li, Today.AddDays(-5)),
            CaseSamples.Summary("2026-0005", "已结的案件", CaseStatus.Closed, EnforcementCategory.Penalty, CaseSamples.Zhang),
        ],
    };

    [Fact]
    public void ListTheOfficersOpenCasesOverdueFirstThenByTheNextDeadline()
    {
        var cut = RenderPage(ZhangsAndLisCases(), CaseSamples.Zhang);

        Assert.Equal(["2026-0002", "2026-0003", "2026-0001"], cut.FindAll(".my-case").Select(c => c.GetAttribute("data-case")));
        Assert.Contains("已逾期", cut.FindAll(".my-case")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("共 3 件，其中已逾期 1 件", cut.Find(".my-cases-summary").TextContent, StringComparison.Ordinal);
        Assert.Contains("张明（43110001）", cut.Find(".my-cases-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowEachCasesCurrentStepAndNextDeadlineWithOneClickToContinue()
    {
        var cut = RenderPage(ZhangsAndLisCases(), CaseSamples.Zhang);

        var first = cut.FindAll(".my-case")[0];
        Assert.Contains("当前环节：调查取证", first.QuerySelector(".my-case-step")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{Today.AddDays(-1):yyyy-MM-dd}（自立案之日起九十日内作出行政处罚决定）", first.QuerySelector(".my-case-deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/t/xintian-scjg/cases/2026-0002", first.QuerySelector("a.my-case-continue")!.GetAttribute("href"));
    }

    [Fact]
    public void SayInChineseWhyNoCasesAreListedForAnAccountLinkedToNoOfficer()
    {
        var cut = RenderPage(ZhangsAndLisCases(), signedIn: null);

        Assert.Contains("尚未关联到本机关的执法人员", cut.Find(".my-cases-unlinked").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".my-case"));
    }

    [Fact]
    public void SayWhenTheOfficerHasNoOpenCase()
    {
        var cut = RenderPage(new FakeCaseConsoleData(), CaseSamples.Zhang);

        Assert.Contains("没有办理中的案件", cut.Find(".my-cases-empty").TextContent, StringComparison.Ordinal);
    }
}
