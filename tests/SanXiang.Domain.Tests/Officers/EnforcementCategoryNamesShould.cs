using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Officers;

public class EnforcementCategoryNamesShould
{
    [Theory]
    [InlineData("行政处罚", EnforcementCategory.Penalty)]
    [InlineData("处罚", EnforcementCategory.Penalty)]
    [InlineData(" 行政征收征用 ", EnforcementCategory.Expropriation)]
    [InlineData("Licensing", EnforcementCategory.Licensing)]
    public void ReadChineseNames(string text, EnforcementCategory category) =>
        Assert.Equal(category, EnforcementCategoryNames.FromChinese(text));

    [Fact]
    public void ReadNothingFromAnUnknownName() =>
        Assert.Null(EnforcementCategoryNames.FromChinese("行政裁决"));
}
