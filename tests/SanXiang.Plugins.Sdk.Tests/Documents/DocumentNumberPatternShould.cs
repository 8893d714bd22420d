namespace SanXiang.Plugins.Sdk.Tests.Documents;

public class DocumentNumberPatternShould
{
    [Theory]
    [InlineData("{机关代字}罚〔{年}〕{序号}号", "新市监罚〔2026〕12号")]
    [InlineData("{机关代字}罚告〔{年}〕{序号}号", "新市监罚告〔2026〕12号")]
    [InlineData("{机关代字}〔{年}〕{序号}号", "新市监〔2026〕12号")]
    public void FormatTheYearInBracketsAndTheSequenceWithoutPadding(string pattern, string expected) =>
        Assert.Equal(expected, DocumentNumberPattern.Parse(pattern).Format("新市监", 2026, 12));

    [Fact]
    public void WriteTheFirstNumberOfAYearAsOne() =>
        Assert.Equal("新市监罚〔2027〕1号", DocumentNumberPattern.Parse("{机关代字}罚〔{年}〕{序号}号").Format("新市监", 2027, 1));

    [Theory]
    [InlineData("{机关代字}罚〔{年份}〕{序号}号", "unknown placeholder {年份}")]
    [InlineData("{机关代字罚〔{年}〕{序号}号", "not closed")]
    [InlineData("{机关代字}罚〔{年}〕{序号号", "not closed")]
    [InlineData("机关代字}罚〔{年}〕{序号}号", "closes nothing")]
    [InlineData("{机关代字}罚〔{年}〕号", "no {序号}")]
    [InlineData("{机关代字}罚[{年}]{序号}号", "〔〕")]
    [InlineData("{机关代字}罚〔{年}〕第{序号}号", "without 第")]
    [InlineData("{序号}{机关代字}{序号}", "appears twice")]
    public void RejectAMalformedPatternNamingIt(string pattern, string reason)
    {
        var error = Assert.Throws<DocumentNumberPatternException>(() => DocumentNumberPattern.Parse(pattern));

        Assert.Equal(pattern, error.Pattern);
        Assert.Contains(pattern, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 2026, 1)]
    [InlineData("新市监", 26, 1)]
    [InlineData("新市监", 2026, 0)]
    public void RefuseValuesThatDoNotMakeAnOfficialNumber(string agencyCode, int year, int sequence) =>
        Assert.Throws<DocumentNumberPatternException>(() => DocumentNumberPattern.Parse("{机关代字}罚〔{年}〕{序号}号").Format(agencyCode, year, sequence));
}
