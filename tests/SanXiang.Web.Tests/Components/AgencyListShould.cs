using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Agencies;
using SanXiang.Web.Components.Data;

namespace SanXiang.Web.Tests.Components;

public sealed class AgencyListShould : ConsoleTestContext
{
    private static readonly IReadOnlyList<AgencyProfile> Province =
    [
        Samples.Henan(),
        .. Enumerable.Range(0, 119).Select(i => new AgencyProfile($"county-{i:D3}", $"测试县{i:D3}司法局", AgencyLevel.County, "judicial", "411002", "henan-gov", null, true, "test")),
    ];

    private IRenderedComponent<AgencyList> RenderList()
    {
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(AgencyView.NotFound("x")) { Agencies = Province });
        RenderPopoverProvider();
        return Render<AgencyList>();
    }

    [Fact]
    public void RenderOnePageOfAProvinceAndSayHowManyThereAre()
    {
        var cut = RenderList();

        Assert.Equal(50, cut.FindAll("tbody tr").Count);
        Assert.Equal("共 120 个机关 · 第 1 / 3 页", cut.Find(".agency-page-status").TextContent.Trim());
    }

    [Fact]
    public void MoveToTheNextPageAndBack()
    {
        var cut = RenderList();
        var firstPage = Names(cut);

        cut.Find(".agency-page-next").Click();
        var secondPage = Names(cut);
        cut.Find(".agency-page-previous").Click();

        Assert.Equal("共 120 个机关 · 第 1 / 3 页", cut.Find(".agency-page-status").TextContent.Trim());
        Assert.Empty(firstPage.Intersect(secondPage));
        Assert.Equal(firstPage, Names(cut));
    }

    [Fact]
    public void ShowTheLastPageWithoutANextOne()
    {
        var cut = RenderList();

        cut.Find(".agency-page-next").Click();
        cut.Find(".agency-page-next").Click();

        Assert.Equal(20, cut.FindAll("tbody tr").Count);
        Assert.True(cut.Find(".agency-page-next").HasAttribute("disabled"));
    }

    private static List<string> Names(IRenderedComponent<AgencyList> cut) =>
        [.. cut.FindAll("tbody tr td:first-child a").Select(a => a.TextContent)];
}
