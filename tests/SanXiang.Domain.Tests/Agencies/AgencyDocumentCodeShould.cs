using SanXiang.Domain.Agencies;

namespace SanXiang.Domain.Tests.Agencies;

public class AgencyDocumentCodeShould
{
    [Theory]
    [InlineData("新田县市场监督管理局", "新市监")]
    [InlineData("耿马傣族佤族自治县应急管理局", "耿应急")]
    [InlineData("河南省司法厅", "豫司")]
    [InlineData("山西省人民防空办公室", "晋人防")]
    [InlineData("晋中市人民防空办公室", "晋人防")]
    [InlineData("山西省人民政府法制办公室", "晋法")]
    public void AbbreviateThePlaceAndTheAgencyKind(string name, string code) =>
        Assert.Equal(code, AgencyDocumentCode.Default(name));

    [Fact]
    public void KeepTheWholeNameOfAnAgencyKindItDoesNotKnow() =>
        Assert.Equal("许昌市", AgencyDocumentCode.Default("许昌市"));
}
