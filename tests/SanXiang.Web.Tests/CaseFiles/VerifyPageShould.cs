using Bunit;
using SanXiang.Domain.CaseFiles;
using SanXiang.Domain.Integrity;
using SanXiang.Web.CaseFiles;
using SanXiang.Web.Tests.Components;

namespace SanXiang.Web.Tests.CaseFiles;

/// <summary>Issue 14 on /verify: names not ids, Beijing time, Chinese labels, the agency's PEM key compared by the page, no command line.</summary>
public sealed class VerifyPageShould : ConsoleTestContext
{
    private static readonly Sm2KeyPair Key = Sm2KeyPair.Generate();

    private static readonly CaseFileVerdictView Verdict = new(
        "VALID",
        "xintian-scjg",
        "2026-0001",
        new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero),
        6,
        Key.PublicKey.ToHex(),
        null,
        [
            new CaseFileFinding(CaseFileCodes.Chain, true, "事件链完整。"),
            new CaseFileFinding(CaseFileCodes.CaseHead, true, "案件完整。"),
            new CaseFileFinding(LiveLogCheck.Key, true, "公钥一致。"),
        ],
        "新田县市场监督管理局",
        true,
        new DateTimeOffset(2026, 3, 2, 16, 40, 0, TimeSpan.Zero));

    [Fact]
    public void ShowTheAgencysNameBeijingTimeAndAChineseLabelForEveryCheck()
    {
        var cut = Render<CaseFileVerdictPanel>(p => p.Add(v => v.Verdict, Verdict));

        Assert.Contains("新田县市场监督管理局", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2026年3月3日 00:30:00（北京时间）", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["事件链", "案件未被截短", "公钥属于该机关"], cut.FindAll("tbody tr td:nth-child(2)").Skip(6).Select(td => td.TextContent));
        Assert.DoesNotContain("UTC", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareThePastedPemKeyWithTheCaseFilesKey()
    {
        var same = KeyComparison.Of(Key.PublicKey.ToPem(), Verdict.PublicKeyHex);
        var other = KeyComparison.Of(Sm2KeyPair.Generate().PublicKey.ToPem(), Verdict.PublicKeyHex);
        var garbled = KeyComparison.Of("-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----", Verdict.PublicKeyHex);

        var cut = Render<CaseFileVerdictPanel>(p => p.Add(v => v.Verdict, Verdict).Add(v => v.KeyComparison, other));

        Assert.True(same.Matches);
        Assert.False(other.Matches);
        Assert.False(garbled.Readable);
        Assert.Contains("不一致", cut.Find("#key-comparison").TextContent, StringComparison.Ordinal);
        Assert.Contains("不能采信", cut.Find("#case-file-verdict").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferNoCommandLineButAPlaceForTheAgencysKey()
    {
        var cut = Render<VerifyPage>();

        Assert.DoesNotContain("dotnet run", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("机关公布的公钥", cut.Markup, StringComparison.Ordinal);
    }
}
