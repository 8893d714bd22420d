using SanXiang.Domain.Agencies;

namespace SanXiang.Domain.Tests.Agencies;

public class UnifiedSocialCreditCodeShould
{
    // Codes built from GB 32100's layout; the check character is computed by hand from the
    // standard's weights (1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28).
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("115304000151918261")]
    public void AcceptCodesWhoseCheckCharacterMatches(string code) =>
        Assert.Equal(CreditCodeCheck.Valid, UnifiedSocialCreditCode.Check(code));

    [Fact]
    public void WarnButNotRejectWhenOnlyTheCheckCharacterIsWrong() =>
        Assert.Equal(CreditCodeCheck.ChecksumMismatch, UnifiedSocialCreditCode.Check("91350100M000100Y44"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100I000100Y43")]
    [InlineData("91350100m000100Y43")]
    public void RejectWhatIsNotACreditCode(string? code) =>
        Assert.Equal(CreditCodeCheck.Malformed, UnifiedSocialCreditCode.Check(code));

    [Fact]
    public void ComputeTheCheckCharacterFromTheFirstSeventeen() =>
        Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4"));
}
