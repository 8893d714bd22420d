using SanXiang.Domain.CaseFiles;
using SanXiang.Tests.Shared;

namespace SanXiang.Domain.Tests.Hostile;

/// <summary>Issue 12 §3 and §10: small zips that would exhaust the verifier's memory are refused unread; a zip cut short is unusable, not a crash.</summary>
[Trait("Suite", "Hostile")]
public class CaseFileBombsShould
{
    [Fact]
    public async Task RefuseEventsThatInflateToAGibibyteWithoutANewline()
    {
        var zip = ZipBomb.Events(1L << 30);

        var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(zip));

        Assert.True(zip.Length < 2 * 1024 * 1024, $"{zip.Length} bytes");
        AssertTooLarge(verdict);
    }

    [Fact]
    public async Task RefuseALineOfEventsLongerThanAnyEventWithoutBufferingIt() =>
        AssertTooLarge(await CaseFileVerifier.VerifyAsync(new MemoryStream(ZipBomb.Events(8L << 20))));

    [Fact]
    public async Task RefuseAManifestWithAHugeString()
    {
        var huge = ZipBomb.Manifest.Replace("\"xuchang\"", "\"" + new string('x', 20 << 20) + "\"", StringComparison.Ordinal);

        AssertTooLarge(await CaseFileVerifier.VerifyAsync(new MemoryStream(ZipBomb.Zip(("manifest.json", huge, 1)))));
    }

    [Fact]
    public async Task CallAZipCutShortUnusableInsteadOfCrashing()
    {
        var zip = ZipBomb.Zip(("manifest.json", ZipBomb.Manifest, 1), ("events.jsonl", "{}\n", 1));
        foreach (var cut in new[] { 10, 22, 100 })
        {
            var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(zip[..^cut]));
            Assert.Equal(CaseFileOutcome.Unusable, verdict.Outcome);
            Assert.Equal(CaseFileCodes.ZipUnreadable, verdict.Findings[0].Code);
        }
    }

    private static void AssertTooLarge(CaseFileVerdict verdict)
    {
        Assert.Equal(CaseFileOutcome.Unusable, verdict.Outcome);
        var finding = Assert.Single(verdict.Findings);
        Assert.Equal(CaseFileCodes.TooLarge, finding.Code);
        Assert.Contains("拒绝校验", finding.Message, StringComparison.Ordinal);
    }
}
