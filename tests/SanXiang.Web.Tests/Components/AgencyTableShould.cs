using Bunit;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Agencies;

namespace SanXiang.Web.Tests.Components;

public sealed class AgencyTableShould : ConsoleTestContext
{
    [Fact]
    public void ShowLevelSectorAndParentInChinese()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Items, [new(Samples.Henan(), null, 1), new(Samples.Xuchang(), "河南省人民政府", 0)]));

        var xuchang = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("许昌市人民政府", StringComparison.Ordinal));
        var cells = xuchang.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["市", "411000", "河南省人民政府"], cells.Skip(1).Where((_, i) => i != 1));
        Assert.StartsWith("人民政府（综合）", cells[2], StringComparison.Ordinal);
    }

    [Fact]
    public void NameTheParentEvenWhenItIsOnAnotherPage()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Items, [new AgencyListing(Samples.Xuchang(), "河南省人民政府", 0)]));

        Assert.Equal("河南省人民政府", cut.FindAll("tbody tr td").Last().TextContent.Trim());
    }

    [Fact]
    public void FlagASectorThatNoLoadedPluginProvides()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Items, [new AgencyListing(Samples.Xuchang(), "河南省人民政府", 0)]));

        Assert.Equal("尚未接入办案功能", Assert.Single(cut.FindAll(".sector-not-loaded")).TextContent.Trim());
    }

    [Fact]
    public void MarkADepartmentThatOnlySupervises()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Items, [new(Samples.Henan(), null, 1), new(Samples.Xuchang(), "河南省人民政府", 0)]));

        var marked = Assert.Single(cut.FindAll(".supervising-only"));
        Assert.Contains("河南省人民政府", marked.Closest("tr")!.TextContent, StringComparison.Ordinal);
    }
}
