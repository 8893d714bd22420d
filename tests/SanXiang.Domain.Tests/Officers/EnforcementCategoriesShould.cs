using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Tests.Officers;

public class EnforcementCategoriesShould
{
    [Theory]
    [InlineData("行政处罚", EnforcementCategories.Penalty)]
    [InlineData("处罚", EnforcementCategories.Penalty)]
    [InlineData(" 行政征收征用 ", EnforcementCategories.Expropriation)]
    [InlineData("Licensing", EnforcementCategories.Licensing)]
    public void ReadChineseNames(string text, string name) =>
        Assert.Equal(name, EnforcementCategories.FromChinese(text));

    [Fact]
    public void ReadNothingFromAnUnknownName() =>
        Assert.Null(EnforcementCategories.FromChinese("行政裁决"));
}
