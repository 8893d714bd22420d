using Bunit;
using MudBlazor;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components;

public sealed class LedgerPageShould : ConsoleTestContext
{
    private (IRenderedComponent<LedgerPage> Page, IRenderedComponent<MudPopoverProvider> Popovers) RenderPage()
    {
        var view = new AgencyView(
            AgencyViewStatus.Found,
            "xuchang",
            new Agency(Samples.Xuchang(), [], null, null),
            new ImplementationPlan("许昌市实施方案", null, [], [], Samples.Ledger(), null));
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view));
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
}
