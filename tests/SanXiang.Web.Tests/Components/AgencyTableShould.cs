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
        Assert.Equal(["市", "人民政府（综合）", "411000", "河南省人民政府"], cells.Skip(1));
    }

    [Fact]
    public void MarkADepartmentThatOnlySupervises()
    {
        var cut = Render<AgencyTable>(p => p.Add(t => t.Agencies, [Samples.Henan(), Samples.Xuchang()]));

        var marked = Assert.Single(cut.FindAll(".supervising-only"));
        Assert.Contains("河南省人民政府", marked.Closest("tr")!.TextContent, StringComparison.Ordinal);
    }
}
