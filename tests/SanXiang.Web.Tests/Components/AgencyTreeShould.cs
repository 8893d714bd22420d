using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Agencies;
using SanXiang.Web.Components.Data;

namespace SanXiang.Web.Tests.Components;

public sealed class AgencyTreeShould : ConsoleTestContext
{
    [Fact]
    public void LoadOnlyTheRootsUntilOneIsOpened()
    {
        var data = new FakeConsoleData(AgencyView.NotFound("x")) { Agencies = [Samples.Henan(), Samples.Xuchang()] };
        Services.AddSingleton<IConsoleData>(data);

        var cut = Render<AgencyTree>();

        Assert.Contains("河南省人民政府", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("许昌市人民政府", cut.Markup, StringComparison.Ordinal);
        Assert.Equal([null], data.TreeRequests);
    }

    [Fact]
    public void LoadALevelWhenItsParentIsOpened()
    {
        var data = new FakeConsoleData(AgencyView.NotFound("x")) { Agencies = [Samples.Henan(), Samples.Xuchang()] };
        Services.AddSingleton<IConsoleData>(data);
        var cut = Render<AgencyTree>();

        cut.Find("button.mud-treeview-item-arrow-expand").Click();

        cut.WaitForAssertion(() => Assert.Contains("许昌市人民政府", cut.Markup, StringComparison.Ordinal));
        Assert.Equal([null, "henan-gov"], data.TreeRequests);
    }

    [Fact]
    public void SayHowManyAgenciesADepartmentSupervises()
    {
        var henan = new AgencyListing(Samples.Henan(), null, 18);

        Assert.Equal("省 · 人民政府（综合） · 下级 18", AgencyTreeItems.EndText(henan));
        Assert.True(Assert.Single(AgencyTreeItems.From([henan])).Expandable);
        Assert.False(Assert.Single(AgencyTreeItems.From([new AgencyListing(Samples.Xuchang(), "河南省人民政府", 0)])).Expandable);
    }
}
