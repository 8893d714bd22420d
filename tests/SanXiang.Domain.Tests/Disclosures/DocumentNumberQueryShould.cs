using SanXiang.Domain.Disclosures;

namespace SanXiang.Domain.Tests.Disclosures;

public sealed class DocumentNumberQueryShould
{
    [Theory]
    [InlineData("新市监罚〔2026〕12号", "新市监罚202612号")]
    [InlineData(" 新市监罚[2026]12号 ", "新市监罚202612号")]
    public void LookUpAWholeDocumentNumberByItself(string text, string key)
    {
        Assert.Equal(key, DocumentNumberQuery.KeyOf(text));
    }

    [Theory]
    [InlineData("〔2026〕12号")]
    [InlineData("张某")]
    [InlineData("新市监罚〔2026〕")]
    public void LeaveEverythingElseToTheTextSearch(string text)
    {
        Assert.Null(DocumentNumberQuery.KeyOf(text));
    }
}
