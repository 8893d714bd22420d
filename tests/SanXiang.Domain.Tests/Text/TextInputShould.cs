using SanXiang.Domain.Text;

namespace SanXiang.Domain.Tests.Text;

public class TextInputShould
{
    [Theory]
    [InlineData("  张 　三  ", "张 三")]
    [InlineData("阿依古丽•买买提", "阿依古丽·买买提")]
    [InlineData("阿依古丽・买买提", "阿依古丽·买买提")]
    public void NormaliseNamesSoLookalikesAreStoredAlike(string typed, string stored) =>
        Assert.Equal(stored, TextInput.Check(TextFields.OfficerName, typed).Text);

    [Fact]
    public void ComposeDecomposedLettersInNames() =>
        Assert.Equal("Zoë", TextInput.Check(TextFields.PartyName, "Zoe\u0308").Text);

    [Fact]
    public void ReadFullWidthCodesAsTheirAsciiForm() =>
        Assert.Equal("41100020260001-X", TextInput.Check(TextFields.CertificateNumber, "４１１０００２０２６０００１－Ｘ").Text);

    [Theory]
    [InlineData("../../X/Y", "“.”")]
    [InlineData("4110\\0020", "“\\”")]
    [InlineData("A1.2", "“.”")]
    public void RefuseCodesWithPathCharacters(string typed, string named)
    {
        var check = TextInput.Check(TextFields.CertificateNumber, typed);

        Assert.Equal(TextProblem.ForbiddenCharacter, check.Problem);
        Assert.Contains(named, check.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001b[31m")]
    [InlineData("\u202e")]
    [InlineData("\u2066")]
    [InlineData("\u200f")]
    [InlineData("\uffff")]
    public void RefuseControlAndDirectionCharactersInEveryShape(string character)
    {
        foreach (var field in new[] { TextFields.CaseTitle, TextFields.PartyName, TextFields.EvidenceDescription, TextFields.PartyIdCode })
        {
            var check = TextInput.Check(field, "违法" + character + "行为");

            Assert.Equal(TextProblem.ForbiddenCharacter, check.Problem);
            Assert.Contains("第 3 个字符", check.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RefuseAnUnpairedSurrogate()
    {
        // Built here: a lone surrogate in an attribute does not survive test discovery.
        var text = "违法" + new string((char)0xD800, 1) + "行为";

        Assert.Equal(TextProblem.ForbiddenCharacter, TextInput.Check(TextFields.CaseTitle, text).Problem);
        Assert.Contains("U+D800", TextInput.Check(TextFields.CaseTitle, text).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NameTheCharacterItRefuses() =>
        Assert.Equal("当事人名称的第 3 个字符是文字方向控制符（U+202E），不能填写。", TextInput.Check(TextFields.PartyName, "某某\u202e公司").Reason);

    [Fact]
    public void KeepLineBreaksOnlyWhereParagraphsBelong()
    {
        Assert.Equal("第一段\n第二段", TextInput.Check(TextFields.EvidenceDescription, "第一段\r\n第二段\r\n").Text);
        Assert.Equal(TextProblem.ForbiddenCharacter, TextInput.Check(TextFields.CaseTitle, "第一行\n第二行").Problem);
    }

    [Fact]
    public void RefuseInvisibleCharactersInNamesButNotInText()
    {
        Assert.Equal(TextProblem.ForbiddenCharacter, TextInput.Check(TextFields.OfficerName, "张\u200b三").Problem);
        Assert.True(TextInput.Check(TextFields.EvidenceDescription, "照片\u200b一张").IsAccepted);
    }

    [Fact]
    public void CountCharactersNotUtf16Units()
    {
        var title = string.Concat(Enumerable.Repeat("😀", TextFields.CaseTitle.MaxLength));

        Assert.True(TextInput.Check(TextFields.CaseTitle, title).IsAccepted);
        Assert.Equal(TextProblem.TooLong, TextInput.Check(TextFields.CaseTitle, title + "字").Problem);
    }

    [Fact]
    public void RefuseTenMegabytesWithoutReadingThem()
    {
        var check = TextInput.Check(TextFields.CaseTitle, new string('案', 10 * 1024 * 1024));

        Assert.Equal(TextProblem.TooLong, check.Problem);
        Assert.Equal("案由最多 200 个字符，现有 10485760 个。", check.Reason);
    }

    [Fact]
    public void LeaveEmptinessToTheRuleThatNeedsAValue()
    {
        Assert.Equal(string.Empty, TextInput.Check(TextFields.CaseTitle, "   ").Text);
        Assert.Null(TextInput.Check(TextFields.OfficerArea, null).Text);
    }
}
