using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class CanonicalEventEncodingShould
{
    private static readonly EventRecord Sample = ChainFixture.Record(3, new byte[32], ChainHashAlgorithm.Sm3);

    [Fact]
    public void StartWithTheDomainTagAndVersion()
    {
        var bytes = CanonicalEventEncoding.Encode(Sample);
        Assert.Equal([0, 0, 0, 19, .. "SANXIANG-CASE-EVENT"u8, 1], bytes[..24]);
    }

    [Fact]
    public void KeepFieldBoundariesSoShiftedTextDoesNotCollide() =>
        Assert.NotEqual(
            ChainHasher.Hash(Sample with { Kind = "ab", Actor = "c" }),
            ChainHasher.Hash(Sample with { Kind = "a", Actor = "bc" }));

    [Fact]
    public void HashPayloadsThatMeanTheSameAlike() =>
        Assert.Equal(
            ChainHasher.Hash(Sample with { Payload = """{"b":1,"a":"中"}""" }),
            ChainHasher.Hash(Sample with { Payload = """{ "a" : "\u4e2d", "b" : 1 }""" }));

    [Fact]
    public void HashAttachedFilesInAnyOrderAlike() =>
        Assert.Equal(
            ChainHasher.Hash(Sample with { FileHashes = ["sm3:aa", "sm3:bb", "sm3:cc"] }),
            ChainHasher.Hash(Sample with { FileHashes = ["sm3:cc", "sm3:aa", "sm3:bb"] }));

    [Fact]
    public void ChangeTheHashWhenAFileIsAddedOrDropped()
    {
        var two = ChainHasher.Hash(Sample with { FileHashes = ["sm3:aa", "sm3:bb"] });
        Assert.NotEqual(two, ChainHasher.Hash(Sample with { FileHashes = ["sm3:aa"] }));
        Assert.NotEqual(two, ChainHasher.Hash(Sample with { FileHashes = ["sm3:aa", "sm3:bb", "sm3:bb"] }));
    }

    [Fact]
    public void ChangeTheHashWhenAnyCoveredFieldChanges()
    {
        var original = ChainHasher.Hash(Sample);
        EventRecord[] variants =
        [
            Sample with { TenantId = "fj-fz-scjh" },
            Sample with { CaseId = Sample.CaseId + " " },
            Sample with { Sequence = 4 },
            Sample with { Kind = "决定书" },
            Sample with { Payload = Sample.Payload.Replace("福州", "厦门", StringComparison.Ordinal) },
            Sample with { Actor = "执法人员 王六 (35010019870001)" },
            Sample with { At = Sample.At.AddTicks(10) },
            Sample with { PreviousHash = [1, .. new byte[31]] },
            Sample with { FileHashes = ["sm3:00"] },
            Sample with { Algorithm = "SHA-256" },
        ];
        foreach (var variant in variants)
        {
            Assert.NotEqual(original, ChainHasher.Hash(variant));
        }
    }

    [Fact]
    public void HashTheSameInstantAlikeWhateverItsOffset() =>
        Assert.Equal(
            ChainHasher.Hash(Sample with { At = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)) }),
            ChainHasher.Hash(Sample with { At = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero) }));

    [Fact]
    public void WriteTimesInUtcWithSixFractionDigits() =>
        Assert.Equal(
            "2026-11-23T01:00:00.000120Z",
            CanonicalEventEncoding.FormatTime(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(1200)));

    [Fact]
    public void RefuseTimesFinerThanTheDatabaseKeeps()
    {
        var tooFine = Sample with { At = Sample.At.AddTicks(1) };
        Assert.Throws<FormatException>(() => ChainHasher.Hash(tooFine));
        Assert.Equal(ChainHasher.Hash(Sample), ChainHasher.Hash(tooFine with { At = CanonicalEventEncoding.ToStoredPrecision(tooFine.At) }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sm3: aa")]
    [InlineData("哈希")]
    public void RefuseFileHashesThatAreNotPrintableAscii(string fileHash) =>
        Assert.Throws<FormatException>(() => ChainHasher.Hash(Sample with { FileHashes = [fileHash] }));

    [Fact]
    public void BindTheGenesisValueToTheCase()
    {
        var genesis = ChainHasher.Genesis(ChainHashAlgorithm.Sm3, "t", "c");
        Assert.Equal(32, genesis.Length);
        Assert.NotEqual(genesis, ChainHasher.Genesis(ChainHashAlgorithm.Sm3, "t", "d"));
        Assert.NotEqual(genesis, ChainHasher.Genesis(ChainHashAlgorithm.Sm3, "tc", ""));
        Assert.NotEqual(genesis, ChainHasher.Genesis(ChainHashAlgorithm.Sha256, "t", "c"));
    }
}
