using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Cases;

public sealed class CasesPageShould : ConsoleTestContext
{
    private static readonly DateOnly Today = CaseSamples.Today;

    private static FakeCaseConsoleData ThreeCases() => new()
    {
        Summaries =
        [
            CaseSamples.Summary("2026-0001", "销售过期食品案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Zhang, Today.AddDays(-2)),
            CaseSamples.Summary("2026-0002", "无照经营案", CaseStatus.Open, EnforcementCategory.Penalty, CaseSamples.Li, Today.AddDays(2)),
            CaseSamples.Summary("2026-0003", "双随机检查", CaseStatus.Closed, EnforcementCategory.Inspection, CaseSamples.Wang),
        ],
        Eligible = [CaseSamples.Zhang, CaseSamples.Li],
    };

    private (IRenderedComponent<CasesPage> Page, IRenderedComponent<MudPopoverProvider> Popovers) RenderPage(FakeCaseConsoleData cases)
    {
        var view = new AgencyView(AgencyViewStatus.Found, "xintian-scjg", new Agency(CaseSamples.Xintian(), [], null, null), CanEdit: true);
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view) { Today = Today, Officers = [CaseSamples.Zhang, CaseSamples.Li, CaseSamples.Wang] });
        Services.AddSingleton<ICaseConsoleData>(cases);
        var popovers = RenderPopoverProvider();
        return (Render<CasesPage>(p => p.Add(c => c.Tenant, "xintian-scjg")), popovers);
    }

    private static IEnumerable<string> ListedIds(IRenderedComponent<CasesPage> cut) =>
        cut.FindAll(".case-table .case-link").Select(a => a.TextContent.Trim());

    [Fact]
    public void MarkOverdueAndDueSoonCases()
    {
        var (cut, _) = RenderPage(ThreeCases());

        Assert.Equal(["2026-0001", "2026-0002", "2026-0003"], ListedIds(cut).Order());
        var rows = cut.FindAll(".case-table tbody tr");
        Assert.Contains("已逾期", rows.Single(r => r.TextContent.Contains("2026-0001", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Contains("即将到期", rows.Single(r => r.TextContent.Contains("2026-0002", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Contains("已结案", rows.Single(r => r.TextContent.Contains("2026-0003", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowOnlyOverdueCasesWhenAskedTo()
    {
        var (cut, _) = RenderPage(ThreeCases());

        cut.Find(".case-filter-overdue input").Change(true);

        cut.WaitForAssertion(() => Assert.Equal(["2026-0001"], ListedIds(cut)));
        Assert.Contains("共 1 件，当前显示第 1–1 件", cut.Find(".case-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowOnlyTheCasesOfTheChosenOfficer()
    {
        var (cut, popovers) = RenderPage(ThreeCases());

        cut.Find(".case-filter-officer .mud-input-control").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-popover-open .mud-list-item")));
        popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains("李华", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal(["2026-0002"], ListedIds(cut)));
    }

    [Fact]
    public void ShowOnlyTheCasesOfTheChosenCategory()
    {
        var (cut, popovers) = RenderPage(ThreeCases());

        cut.Find(".case-filter-category .mud-input-control").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-popover-open .mud-list-item")));
        popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains("行政检查", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal(["2026-0003"], ListedIds(cut)));
    }

    [Fact]
    public void ShowEachProblemTheEngineNamesBesideItsField()
    {
        var cases = ThreeCases();
        cases.Refusal = new SanXiangException(ErrorCodes.ValidationFailed, "请填写案由；统一社会信用代码“12345”应为 18 位。", [
            new FieldProblem("title", "请填写案由。"),
            new FieldProblem("party.idCode", "统一社会信用代码“12345”应为 18 位（数字和除 I、O、S、V、Z 以外的大写字母）。"),
        ]);
        var (cut, _) = RenderPage(cases);

        cut.Find(".new-case-button").Click();
        cut.Find(".new-case-party-code input").Change("12345");
        cut.Find(".new-case-submit").Click();

        cut.WaitForAssertion(() => Assert.Contains("请填写案由", cut.Find(".new-case-title").TextContent, StringComparison.Ordinal));
        Assert.Contains("应为 18 位", cut.Find(".new-case-party-code").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("应为 18 位", cut.Find(".new-case-title").TextContent, StringComparison.Ordinal);
        Assert.Empty(cases.Opened);
    }

    [Fact]
    public void OfferTheOfficersTheEngineLetsActInTheCategory()
    {
        var (cut, _) = RenderPage(ThreeCases());

        cut.Find(".new-case-button").Click();

        var offered = cut.FindAll(".new-case-officers .officer-option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(2, offered.Count);
        Assert.DoesNotContain(offered, o => o.Contains("王芳", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowTheServicesRefusalOfANewCase()
    {
        var cases = ThreeCases();
        cases.Refusal = new SanXiangException(ErrorCodes.SimplifiedNotAllowed, "简易程序只适用于对法人或者其他组织处以三千元以下罚款（《中华人民共和国行政处罚法》第五十一条）。");
        var (cut, _) = RenderPage(cases);

        cut.Find(".new-case-button").Click();
        cut.Find(".new-case-title input").Change("无照经营案");
        cut.Find(".new-case-party-name input").Change("新田县某某商行");
        cut.Find(".new-case-party-code input").Change("91431128MA4L123456");
        cut.FindAll(".new-case-officers .officer-option input")[0].Change(true);
        cut.Find(".new-case-simplified input").Change(true);
        cut.Find(".new-case-fine input").Change("5000");
        cut.Find(".new-case-submit").Click();

        cut.WaitForAssertion(() => Assert.Contains("第五十一条", cut.Find(".new-case-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(cases.Opened);
    }

    [Fact]
    public void OfferANewCaseToThoseTheServerLetsOpenOne()
    {
        var (cut, _) = RenderPage(ThreeCases());

        Assert.Single(cut.FindAll(".new-case-button"));
        Assert.Empty(cut.FindAll(".no-procedures"));
    }

    [Fact]
    public void RenderNoNewCaseButtonForThoseTheServerWouldRefuse()
    {
        var cases = ThreeCases();
        cases.Abilities = CaseAbilities.ReadOnly;
        var (cut, _) = RenderPage(cases);

        Assert.Empty(cut.FindAll(".new-case-button"));
        Assert.Empty(cut.FindAll(".no-procedures"));
        Assert.Equal(3, cut.FindAll(".case-table tbody tr").Count);
    }

    [Fact]
    public void ExplainInChineseWhyAnAgencyWithoutASectorPluginCannotOpenCases()
    {
        var (cut, _) = RenderPage(new FakeCaseConsoleData { CategoryList = [] });

        Assert.Empty(cut.FindAll(".new-case-button"));
        var explanation = cut.Find(".no-procedures").TextContent;
        Assert.Contains("尚未接入办案功能", explanation, StringComparison.Ordinal);
        Assert.Contains("暂不能在平台上新建案件", explanation, StringComparison.Ordinal);
    }
}
