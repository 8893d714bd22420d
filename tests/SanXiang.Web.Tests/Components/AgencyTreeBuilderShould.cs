using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Agencies;

namespace SanXiang.Web.Tests.Components;

public sealed class AgencyTreeBuilderShould
{
    [Fact]
    public void NestAnAgencyUnderItsSupervisingDepartment()
    {
        var roots = AgencyTreeBuilder.Build([Samples.Xuchang(), Samples.Henan()]);

        var root = Assert.Single(roots);
        Assert.Equal("henan-gov", root.Value!.Id);
        Assert.Equal("xuchang", Assert.Single(root.Children!).Value!.Id);
    }

    [Fact]
    public void MakeAnAgencyWhoseParentIsNotVisibleARoot() =>
        Assert.Equal("xuchang", Assert.Single(AgencyTreeBuilder.Build([Samples.Xuchang()])).Value!.Id);

    [Fact]
    public void SurviveAParentCycle()
    {
        var a = new AgencyProfile("a", "甲", AgencyLevel.City, "judicial", "411000", "b", null, true, null);
        var b = new AgencyProfile("b", "乙", AgencyLevel.City, "judicial", "411000", "a", null, true, null);

        Assert.Empty(AgencyTreeBuilder.Build([a, b]));
    }
}
