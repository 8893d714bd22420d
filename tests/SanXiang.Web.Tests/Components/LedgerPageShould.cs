using Bunit;
using MudBlazor;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;
using SanXiang.Web.Plans;

namespace SanXiang.Web.Tests.Components;

public sealed class LedgerPageShould : ConsoleTestContext
{
    private (IRenderedComponent<LedgerPage> Page, IRenderedComponent<MudPopoverProvider> Popovers) RenderPage(PlanAbilities? abilities = null)
    {
        var view = new AgencyView(
            AgencyViewStatus.Found,
            "xuchang",
            new Agency(Samples.Xuchang(), [], null, null));
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view));
        Services.AddSingleton<IPlanConsoleData>(new FakePlanConsoleData(new ImplementationPlan("许昌市实施方案", null, Samples.Phases(), [], Samples.Ledger(), null), abilities, new DateOnly(2019, 11, 15)));
        var popovers = RenderPopoverProvider();
        return (Render<LedgerPage>(p => p.Add(l => l.Tenant, "xuchang")), popovers);
    }

    [Fact]
    public void NarrowTheTableAsTheUserTypesInTheTextFilter()
    {
        var (cut, _) = RenderPage();
        Assert.Equal(4, cut.FindAll(".ledger-table tbody tr").Count);

        cut.Find(".ledger-text-filter input").Input("数据");

        cut.WaitForAssertion(() => Assert.Contains("当前显示 1 项", cut.Find(".ledger-count").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(3));
        Assert.Contains("上年度数据", Assert.Single(cut.FindAll(".ledger-table tbody tr")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferEachTaskGroupOnceInLedgerOrder()
    {
        var (cut, popovers) = RenderPage();

        cut.Find(".ledger-filter .mud-select .mud-input-control").MouseDown();

        popovers.WaitForAssertion(() =>
            Assert.Equal(
                ["强化事前公开", "规范事中公示", "建立行政执法统计年报制度"],
                popovers.FindAll(".mud-popover-open .mud-list-item-text").Select(e => e.TextContent.Trim()).Distinct()));
    }

    [Fact]
    public void MarkADatedTaskDoneOnlyByAReportWithEvidence()
    {
        var (cut, _) = RenderPage(new PlanAbilities(CanFile: true, CanReport: true, CanReview: false));
        Assert.Contains("逾期", Row(cut, 2).TextContent, StringComparison.Ordinal);

        Row(cut, 2).QuerySelector(".ledger-report")!.Click();
        cut.Find(".ledger-report-note textarea").Change("已在门户网站公开全部执法人员信息");
        cut.Find(".ledger-report-completes input").Change(true);
        cut.Find(".ledger-report-submit").Click();

        cut.WaitForAssertion(() => Assert.Equal("报告完成时请列出佐证材料。", cut.Find(".plan-evidence-error").TextContent));
        Assert.Equal("未开始", Row(cut, 2).QuerySelector(".ledger-state")!.TextContent.Trim());

        cut.Find(".plan-evidence-title-0 input").Change("执法人员信息公示页面截图");
        cut.Find(".ledger-report-submit").Click();

        cut.WaitForAssertion(() => Assert.Equal("已完成", Row(cut, 2).QuerySelector(".ledger-state")!.TextContent.Trim()));
        Assert.DoesNotContain("逾期", Row(cut, 2).QuerySelector(".ledger-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("许昌市管理员（报告完成）：已在门户网站公开全部执法人员信息", Row(cut, 2).TextContent, StringComparison.Ordinal);
        Assert.Contains("完成 1 / 4 项", cut.Find(".ledger-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NotOfferACompletionForALongTermTask()
    {
        var (cut, _) = RenderPage(new PlanAbilities(CanFile: true, CanReport: true, CanReview: false));

        Row(cut, 3).QuerySelector(".ledger-report")!.Click();

        Assert.Empty(cut.FindAll(".ledger-report-completes"));
    }

    [Fact]
    public void OfferNoReportToAReaderWhoCannotReport()
    {
        var (cut, _) = RenderPage();

        Assert.Empty(cut.FindAll(".ledger-report"));
        Assert.Contains("未开始", Row(cut, 2).TextContent, StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<LedgerPage> cut, int id) =>
        cut.FindAll(".ledger-table tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
