using System.Text;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Domain.Tests.Integrity.Witnessing;

public class CheckpointWitnessShould
{
    private readonly WitnessFixture log = new(1_200);

    [Fact]
    public void TrustTheFirstCheckpointItSees()
    {
        var decision = CheckpointWitness.Decide(log.Note(1_100), WitnessFixture.Agency, log.Key.PublicKey, null, 0, []);

        Assert.Equal(WitnessOutcome.FirstUse, decision.Outcome);
        Assert.True(decision.Cosigns);
        Assert.Equal(1_100, decision.Checkpoint!.TreeSize);
    }

    [Fact]
    public void CosignAGrowthProvedConsistentWithTheHeadCosignedBefore()
    {
        var decision = CheckpointWitness.Decide(log.Note(1_200), WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_100, log.Proof(1_100, 1_200));

        Assert.Equal(WitnessOutcome.Cosign, decision.Outcome);
        Assert.Equal((1_100, 1_200), (decision.PreviousSize, decision.NewSize));
    }

    [Fact]
    public void CosignTheSameHeadAgain()
    {
        var decision = CheckpointWitness.Decide(log.Note(1_100), WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_100, []);

        Assert.Equal(WitnessOutcome.Cosign, decision.Outcome);
    }

    [Fact]
    public void RefuseALogThatGotSmaller()
    {
        var decision = CheckpointWitness.Decide(log.Note(1_100), WitnessFixture.Agency, log.Key.PublicKey, Head(1_200), 1_200, []);

        Assert.Equal(WitnessOutcome.SizeWentBackwards, decision.Outcome);
        Assert.True(decision.Alerts);
        Assert.Equal((1_200, 1_100), (decision.PreviousSize, decision.NewSize));
    }

    [Fact]
    public void RefuseALargerLogWhoseEarlierEntriesWereRewritten()
    {
        // The agency's own key signs a log of 1 200 entries whose first entry is no longer the one witnessed at 1 100.
        var rewritten = new WitnessFixture(1_200, "rewritten");
        var forged = CheckpointNote.Sign(rewritten.Checkpoint(1_200), log.Key);

        var decision = CheckpointWitness.Decide(forged, WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_100, rewritten.Proof(1_100, 1_200));

        Assert.Equal(WitnessOutcome.ProofInvalid, decision.Outcome);
        Assert.False(decision.Cosigns);
        Assert.True(decision.Alerts);
        Assert.Equal((1_100, 1_200), (decision.PreviousSize, decision.NewSize));
    }

    [Fact]
    public void RefuseALargerRootWithTheGenuineProofOfAnotherRoot()
    {
        var forged = CheckpointNote.Sign(log.Checkpoint(1_200) with { RootHash = ChainHashAlgorithm.Sm3.Hash("other"u8) }, log.Key);

        var decision = CheckpointWitness.Decide(forged, WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_100, log.Proof(1_100, 1_200));

        Assert.Equal(WitnessOutcome.ProofInvalid, decision.Outcome);
    }

    [Fact]
    public void RefuseAnotherRootAtTheSameSize()
    {
        var forged = CheckpointNote.Sign(log.Checkpoint(1_100) with { RootHash = ChainHashAlgorithm.Sm3.Hash("other"u8) }, log.Key);

        var decision = CheckpointWitness.Decide(forged, WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_100, []);

        Assert.Equal(WitnessOutcome.RootChanged, decision.Outcome);
    }

    [Fact]
    public void RefuseACheckpointSignedWithAnotherKey()
    {
        var forged = CheckpointNote.Sign(log.Checkpoint(1_200), Sm2KeyPair.Generate());

        var decision = CheckpointWitness.Decide(forged, WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_100, log.Proof(1_100, 1_200));

        Assert.Equal(WitnessOutcome.SignatureInvalid, decision.Outcome);
        Assert.True(decision.Alerts);
        Assert.Equal((1_100, 1_200), (decision.PreviousSize, decision.NewSize));
    }

    [Fact]
    public void RefuseACheckpointWithAByteChangedAfterSigning()
    {
        var note = log.Note(1_200);
        var tampered = note.Replace("\n1200\n", "\n1201\n", StringComparison.Ordinal);

        var decision = CheckpointWitness.Decide(tampered, WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_100, log.Proof(1_100, 1_200));

        Assert.Equal(WitnessOutcome.SignatureInvalid, decision.Outcome);
    }

    [Fact]
    public void RefuseAnotherAgencysCheckpoint()
    {
        var decision = CheckpointWitness.Decide(log.Note(1_200), "xuchang", log.Key.PublicKey, null, 0, []);

        Assert.Equal(WitnessOutcome.SignatureInvalid, decision.Outcome);
    }

    [Fact]
    public void AskForTheProofFromItsOwnSizeWhenTheLogNamesAnother()
    {
        var decision = CheckpointWitness.Decide(log.Note(1_200), WitnessFixture.Agency, log.Key.PublicKey, Head(1_100), 1_000, log.Proof(1_000, 1_200));

        Assert.Equal(WitnessOutcome.Conflict, decision.Outcome);
        Assert.False(decision.Cosigns);
        Assert.False(decision.Alerts);
        Assert.Equal(1_100, decision.PreviousSize);
    }

    [Fact]
    public void RefuseAProofOnFirstUse()
    {
        var decision = CheckpointWitness.Decide(log.Note(1_200), WitnessFixture.Agency, log.Key.PublicKey, null, 0, log.Proof(1_100, 1_200));

        Assert.Equal(WitnessOutcome.ProofInvalid, decision.Outcome);
    }

    [Fact]
    public void NameTheAgencyAndTheSizesInTheAlert()
    {
        var text = WitnessAlertText.Describe(WitnessOutcome.SizeWentBackwards, "许昌市某局", 1_200, 1_100);

        Assert.StartsWith("许昌市某局的执法日志与上次见证时不一致（上次 1 200 条，本次 1 100 条）", text, StringComparison.Ordinal);
        Assert.EndsWith("已拒绝见证", text, StringComparison.Ordinal);
    }

    private WitnessedHead Head(int size) => new(size, log.Root(size));
}
