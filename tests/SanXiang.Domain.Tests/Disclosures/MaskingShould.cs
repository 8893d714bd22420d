using SanXiang.Domain.Cases;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Disclosures.Masking;

namespace SanXiang.Domain.Tests.Disclosures;

public sealed class MaskingShould
{
    private static readonly MaskingPipeline Pipeline = MaskingPipeline.For(DisclosureSettings.Default);

    private static readonly MaskingContext CitizenContext = new(DecidedCase.Citizen, ["李四"]);

    private static readonly MaskingContext CompanyContext = new(DecidedCase.Company, []);

    [Fact]
    public void HideACitizensIdNumber()
    {
        var masked = Pipeline.Mask("当事人身份证号码43112819800101001X，", CitizenContext);

        Assert.DoesNotContain("43112819800101001X", masked, StringComparison.Ordinal);
        Assert.Contains("＊＊＊＊", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void HideACitizensPhoneNumbers()
    {
        var masked = Pipeline.Mask("联系电话13912345678，办公电话0746-1234567", CitizenContext);

        Assert.DoesNotContain("13912345678", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void HideACitizensHomeAddress()
    {
        var masked = Pipeline.Mask("住址：新田县龙泉镇人民路12号，于2026年8月销售过期食品；另查明其在东门村3组的仓库存放", CitizenContext);

        Assert.DoesNotContain("人民路12号", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("东门村3组", masked, StringComparison.Ordinal);
        Assert.Contains("住址：（住址已隐去）", masked, StringComparison.Ordinal);
        Assert.Contains("于2026年8月销售过期食品", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void HideACitizensBankAccount()
    {
        var masked = Pipeline.Mask("罚款由其银行账户6222 0212 3456 7890 123代缴", CitizenContext);

        Assert.DoesNotContain("6222", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("7890", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void HideAnOrganisationsBankAccount()
    {
        var masked = Pipeline.Mask("对公账号：43050162360800000123", CompanyContext);

        Assert.DoesNotContain("43050162360800000123", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepAnOrganisationsPublishedContactDetails()
    {
        // 第七条 protects natural persons' contact details; an organisation's are public already.
        Assert.Equal("联系电话0746-1234567", Pipeline.Mask("联系电话0746-1234567", CompanyContext));
    }

    [Fact]
    public void HideTheNamesOfOtherPeople()
    {
        var masked = Pipeline.Mask("证人李四证实，张三于当日销售过期食品", CitizenContext);

        Assert.Equal("证人某某证实，张某于当日销售过期食品", masked);
    }

    [Theory]
    [InlineData("张三", "张某")]
    [InlineData("张三丰", "张某某")]
    [InlineData("欧阳娜娜", "欧阳某某")]
    [InlineData("司马光", "司马某")]
    [InlineData("阿依古丽·买买提", "阿某某")]
    public void HideThePartysGivenName(string name, string masked)
    {
        Assert.Equal(masked, PartyNameMask.Mask(name));
    }

    [Fact]
    public void NameAnOrganisationInFullAndKeepItsCreditCode()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));

        var preview = DisclosureEngine.Preview(state, "C1", "新田县市场监督管理局", DisclosureText.None, DisclosureSettings.Default);

        Assert.Equal("新田县某超市有限公司", preview.Masked.PartyName);
        Assert.Equal("91431128MA4L0000X1", preview.Masked.PartyCode);
    }

    [Fact]
    public void LeaveACitizensIdNumberOutOfThePublishedRecord()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Citizen, DecidedCase.Fine(5000m, "张三（身份证号码43112819800101001X，电话13912345678）销售过期食品")), new DateOnly(2026, 9, 29));

        var preview = DisclosureEngine.Preview(state, "C1", "新田县市场监督管理局", DisclosureText.None, DisclosureSettings.Default);

        Assert.Equal("张某", preview.Masked.PartyName);
        Assert.Null(preview.Masked.PartyCode);
        Assert.StartsWith("张某（身份证号码＊", preview.Masked.Facts, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", preview.Masked.Facts, StringComparison.Ordinal);
        Assert.Equal("张三", preview.Original.PartyName);
    }
}
