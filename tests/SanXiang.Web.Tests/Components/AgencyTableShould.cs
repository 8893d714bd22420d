using Bunit;
using SanXiang.Web.Components.Agencies;

namespace SanXiang.Web.Tests.Components;

public sealed class AgencyTableShould : ConsoleTestContext
{
    [Fact]
    public void ShowLevelSectorAndParentInChinese()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Agencies, [Samples.Henan(), Samples.Xuchang()]));

        var xuchang = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("许昌市人民政府", StringComparison.Ordinal));
        var cells = xuchang.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["市", "411000", "河南省人民政府"], cells.Skip(1).Where((_, i) => i != 1));
        Assert.StartsWith("人民政府（综合）", cells[2], StringComparison.Ordinal);
    }

    [Fact]
    public void FlagASectorThatNoLoadedPluginProvides()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Agencies, [Samples.Xuchang()]));

        Assert.Contains("未加载领域插件", Assert.Single(cut.FindAll(".sector-not-loaded")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkADepartmentThatOnlySupervises()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Agencies, [Samples.Henan(), Samples.Xuchang()]));

        var marked = Assert.Single(cut.FindAll(".supervising-only"));
        Assert.Contains("河南省人民政府", marked.Closest("tr")!.TextContent, StringComparison.Ordinal);
    }
}
