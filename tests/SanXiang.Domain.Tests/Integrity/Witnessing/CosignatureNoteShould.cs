using System.Buffers.Binary;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Domain.Tests.Integrity.Witnessing;

public class CosignatureNoteShould
{
    private static readonly string Witness = CosignatureNote.WitnessName("xintian-sfj");

    private static readonly DateTimeOffset CosignedAt = new(2026, 12, 2, 14, 5, 31, TimeSpan.FromHours(8));

    private readonly WitnessFixture log = new(10);

    private readonly Sm2KeyPair witnessKey = Sm2KeyPair.Generate();

    [Fact]
    public void WriteASignatureLineNamedForTheDepartmentWithKeyIdTimestampAndSignature()
    {
        var line = CosignatureNote.Sign(log.Checkpoint(10), Witness, witnessKey, CosignedAt);

        Assert.StartsWith("— sanxiang/xintian-sfj/witness ", line, StringComparison.Ordinal);
        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        var payload = Convert.FromBase64String(line["— sanxiang/xintian-sfj/witness ".Length..^1]);
        Assert.Equal(CosignatureNote.KeyId(Witness, witnessKey.PublicKey), payload[..4]);
        Assert.Equal((ulong)CosignedAt.ToUnixTimeSeconds(), BinaryPrimitives.ReadUInt64BigEndian(payload.AsSpan(4, 8)));
    }

    [Fact]
    public void VerifyWithTheWitnessKeyAfterTheAgencysSignature()
    {
        var note = log.Note(10) + CosignatureNote.Sign(log.Checkpoint(10), Witness, witnessKey, CosignedAt);

        var check = CosignatureNote.Verify(note, Witness, Sm2PublicKey.FromPem(witnessKey.PublicKey.ToPem()));

        Assert.Equal(CosignatureStatus.Valid, check.Status);
        Assert.Equal(CosignedAt, check.Time);
        Assert.True(CheckpointNote.TryOpen(note, log.Key.PublicKey, out _));
        Assert.Equal([Witness], CosignatureNote.CosignerNames(note));
    }

    [Fact]
    public void SignTheMessageC2spDefinesOverTheWholeBody()
    {
        var checkpoint = log.Checkpoint(10);
        var line = CosignatureNote.Sign(checkpoint, Witness, witnessKey, CosignedAt);
        var payload = Convert.FromBase64String(line[(line.LastIndexOf(' ') + 1)..^1]);
        var message = $"cosignature/v1\ntime {CosignedAt.ToUnixTimeSeconds()}\n{CheckpointNote.Body(checkpoint)}";

        Assert.True(witnessKey.PublicKey.Verify(System.Text.Encoding.UTF8.GetBytes(message), payload.AsSpan(12)));
        Assert.StartsWith("sanxiang/xintian-scjg\n10\n", CheckpointNote.Body(checkpoint), StringComparison.Ordinal);
    }

    [Fact]
    public void RejectACosignatureOfAnotherCheckpoint()
    {
        var note = log.Note(10) + CosignatureNote.Sign(log.Checkpoint(9), Witness, witnessKey, CosignedAt);

        Assert.Equal(CosignatureStatus.Invalid, CosignatureNote.Verify(note, Witness, witnessKey.PublicKey).Status);
    }

    [Fact]
    public void RejectACosignatureWhoseTimeWasChanged()
    {
        var line = CosignatureNote.Sign(log.Checkpoint(10), Witness, witnessKey, CosignedAt);
        var payload = Convert.FromBase64String(line[(line.LastIndexOf(' ') + 1)..^1]);
        BinaryPrimitives.WriteUInt64BigEndian(payload.AsSpan(4), (ulong)CosignedAt.AddDays(1).ToUnixTimeSeconds());
        var note = log.Note(10) + $"— {Witness} {Convert.ToBase64String(payload)}\n";

        Assert.Equal(CosignatureStatus.Invalid, CosignatureNote.Verify(note, Witness, witnessKey.PublicKey).Status);
    }

    [Fact]
    public void IgnoreLinesOfOtherKeys()
    {
        var other = Sm2KeyPair.Generate();
        var note = log.Note(10) + CosignatureNote.Sign(log.Checkpoint(10), Witness, other, CosignedAt);

        Assert.Equal(CosignatureStatus.Absent, CosignatureNote.Verify(note, Witness, witnessKey.PublicKey).Status);
        Assert.Equal(CosignatureStatus.Absent, CosignatureNote.Verify(log.Note(10), Witness, witnessKey.PublicKey).Status);
    }

    [Fact]
    public void TellTheDepartmentFromTheWitnessName()
    {
        Assert.Equal("xintian-sfj", CosignatureNote.DepartmentOf(Witness));
        Assert.Null(CosignatureNote.DepartmentOf("sanxiang/xintian-scjg"));
    }
}
