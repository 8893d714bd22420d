using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class CheckpointNoteShould
{
    private static readonly Sm2KeyPair Key = Sm2KeyPair.Generate();

    private static readonly Checkpoint Sample = new(
        "fj-fz-scjg",
        10_000,
        ChainHashAlgorithm.Sm3.Hash("root"u8),
        new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(8)),
        "SM3");

    [Fact]
    public void WriteOriginSizeRootAndExtensionLinesThenTheSignature()
    {
        var lines = CheckpointNote.Sign(Sample, Key).Split('\n');
        Assert.Equal(
            [
                "sanxiang/fj-fz-scjg",
                "10000",
                Convert.ToBase64String(Sample.RootHash),
                "time 2026-11-23T16:00:00Z",
                "hash SM3",
                "",
            ],
            lines[..6]);
        Assert.StartsWith("— sanxiang/fj-fz-scjg ", lines[6], StringComparison.Ordinal);
        Assert.Equal("", lines[7]);
        Assert.Equal(8, lines.Length);
    }

    [Fact]
    public void OpenWithThePublicKeyToWhatWasSigned()
    {
        var note = CheckpointNote.Sign(Sample, Key);
        Assert.True(CheckpointNote.TryOpen(note, Sm2PublicKey.FromHex(Key.PublicKey.ToHex()), out var opened));
        Assert.Equal(Sample.TenantId, opened!.TenantId);
        Assert.Equal(Sample.TreeSize, opened.TreeSize);
        Assert.Equal(Sample.RootHash, opened.RootHash);
        Assert.Equal(Sample.Timestamp, opened.Timestamp);
        Assert.Equal(TimeSpan.Zero, opened.Timestamp.Offset);
        Assert.Equal("SM3", opened.Algorithm);
    }

    [Fact]
    public void RejectANoteWithAnyCharacterChanged()
    {
        var note = CheckpointNote.Sign(Sample, Key);
        for (var i = 0; i < note.Length; i++)
        {
            var replacement = note[i] switch
            {
                'A' => 'B',
                '\n' => ' ',
                _ => 'A',
            };
            var tampered = string.Concat(note.AsSpan(0, i), replacement.ToString(), note.AsSpan(i + 1));
            Assert.False(CheckpointNote.TryOpen(tampered, Key.PublicKey, out _), $"character {i} of {note.Length}");
        }
    }

    [Fact]
    public void RejectANoteWithAnythingAddedOrRemoved()
    {
        var note = CheckpointNote.Sign(Sample, Key);
        Assert.False(CheckpointNote.TryOpen(note + "\n", Key.PublicKey, out _));
        Assert.False(CheckpointNote.TryOpen(note[..^1], Key.PublicKey, out _));
        Assert.False(CheckpointNote.TryOpen(note.Replace("hash SM3\n", "hash SM3\nnote x\n", StringComparison.Ordinal), Key.PublicKey, out _));
        Assert.False(CheckpointNote.TryOpen(" " + note, Key.PublicKey, out _));
        Assert.False(CheckpointNote.TryOpen(note.Replace("\n", "\r\n", StringComparison.Ordinal), Key.PublicKey, out _));
        Assert.False(CheckpointNote.TryOpen("", Key.PublicKey, out _));
    }

    [Fact]
    public void CommitToEveryCasesHeadInAnExtensionLine()
    {
        var cases = new CaseHeads(321, ChainHashAlgorithm.Sm3.Hash("cases"u8));
        var note = CheckpointNote.Sign(Sample with { Cases = cases }, Key);

        Assert.Equal($"cases 321 {Convert.ToBase64String(cases.Root)}", note.Split('\n')[5]);
        Assert.True(CheckpointNote.TryOpen(note, Key.PublicKey, out var opened));
        Assert.Equal(321, opened!.Cases!.Count);
        Assert.Equal(cases.Root, opened.Cases.Root);
        Assert.False(CheckpointNote.TryOpen(note.Replace("cases 321 ", "cases 320 ", StringComparison.Ordinal), Key.PublicKey, out _));
    }

    [Fact]
    public void StillOpenANoteSignedBeforeCaseHeadsWereCommitted()
    {
        Assert.True(CheckpointNote.TryOpen(CheckpointNote.Sign(Sample, Key), Key.PublicKey, out var opened));
        Assert.Null(opened!.Cases);
    }

    [Fact]
    public void LeaveRoomForCosignatureLinesAfterTheAgencysOwn()
    {
        var note = CheckpointNote.Sign(Sample, Key);
        var cosigned = note + "— witness.example/henan-sfj " + Convert.ToBase64String(new byte[72]) + "\n";

        Assert.True(CheckpointNote.TryOpen(cosigned, Key.PublicKey, out _));
        Assert.False(CheckpointNote.TryOpen(cosigned + "not a signature\n", Key.PublicKey, out _));
        Assert.False(CheckpointNote.TryOpen(note.Insert(note.IndexOf("\n\n", StringComparison.Ordinal) + 2, "— witness.example/henan-sfj AAAA\n"), Key.PublicKey, out _));
    }

    [Fact]
    public void RejectANoteSignedByAnotherKey()
    {
        var forged = CheckpointNote.Sign(Sample with { TreeSize = 9_999 }, Sm2KeyPair.Generate());
        Assert.False(CheckpointNote.TryOpen(forged, Key.PublicKey, out _));
    }

    [Fact]
    public void VouchForEveryEventOfTheTenantThroughItsMerkleRoot()
    {
        var events = ChainFixture.Build(25);
        var leaves = events.Select(e => MerkleTree.HashLeaf(ChainHashAlgorithm.Sm3, e.Hash)).ToArray();
        var note = CheckpointNote.Sign(Sample with { TreeSize = leaves.Length, RootHash = MerkleTree.RootHash(ChainHashAlgorithm.Sm3, leaves) }, Key);

        Assert.True(CheckpointNote.TryOpen(note, Key.PublicKey, out var checkpoint));
        var proof = MerkleTree.InclusionProof(ChainHashAlgorithm.Sm3, leaves, 16);
        Assert.True(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, 16, checkpoint!.TreeSize, leaves[16], proof, checkpoint.RootHash));
        var altered = ChainHasher.Hash(ChainFixture.WithPayloadByteChanged(events[16]).Event);
        Assert.False(MerkleTree.VerifyInclusion(ChainHashAlgorithm.Sm3, 16, checkpoint.TreeSize, MerkleTree.HashLeaf(ChainHashAlgorithm.Sm3, altered), proof, checkpoint.RootHash));
    }

    [Fact]
    public void RefuseToSignATenantThatWouldBreakTheLayout() =>
        Assert.Throws<ArgumentException>(() => CheckpointNote.Sign(Sample with { TenantId = "fj fz" }, Key));
}
