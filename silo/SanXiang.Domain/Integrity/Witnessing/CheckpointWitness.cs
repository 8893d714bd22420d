using System.Globalization;

namespace SanXiang.Domain.Integrity.Witnessing;

/// <summary>
/// The witness's rule (C2SP tlog-witness, add-checkpoint): a supervising department cosigns a subordinate agency's
/// checkpoint only when its signature verifies with the agency's key and the log is an append-only extension of the
/// tree the department cosigned before — never smaller, the same root at the same size, and otherwise an RFC 6962
/// consistency proof (RFC 9162 §2.1.4.2) from that tree. The first checkpoint it sees is trusted on first use. The
/// grain only loads the last cosigned head, calls this, and records the answer.
/// </summary>
public static class CheckpointWitness
{
    /// <param name="note">The checkpoint note as the agency signed it (cosignature lines after its own are ignored).</param>
    /// <param name="subjectId">The agency the witness supervises; the note's origin must be its own.</param>
    /// <param name="subjectKey">The agency's key as the witness holds it.</param>
    /// <param name="previous">The head the witness cosigned last for this agency, or null if never.</param>
    /// <param name="oldSize">The size the log's proof starts from (its idea of <paramref name="previous"/>'s size).</param>
    /// <param name="proof">RFC 6962 §2.1.2 consistency proof from <paramref name="oldSize"/> to the checkpoint's size.</param>
    public static WitnessDecision Decide(string note, string subjectId, Sm2PublicKey subjectKey, WitnessedHead? previous, long oldSize, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(subjectKey);
        ArgumentNullException.ThrowIfNull(proof);
        var previousSize = previous?.TreeSize ?? 0;
        if (!CheckpointNote.TryOpen(note, subjectKey, out var checkpoint) || checkpoint is null || checkpoint.TenantId != subjectId)
        {
            return new WitnessDecision(WitnessOutcome.SignatureInvalid, null, previousSize, ClaimedSize(note));
        }

        var size = checkpoint.TreeSize;
        var algorithm = ChainHashAlgorithm.Get(checkpoint.Algorithm);
        WitnessDecision Answer(WitnessOutcome outcome) => new(outcome, checkpoint, previousSize, size);

        // C2SP: a checkpoint of size zero must have the root of the empty tree.
        if (size == 0 && !checkpoint.RootHash.AsSpan().SequenceEqual(MerkleTree.EmptyRoot(algorithm)))
        {
            return Answer(WitnessOutcome.ProofInvalid);
        }

        if (previous is null)
        {
            // The empty tree is consistent with every tree, so no proof is needed, and none may be given.
            return oldSize != 0 ? Answer(WitnessOutcome.Conflict)
                : proof.Count != 0 ? Answer(WitnessOutcome.ProofInvalid)
                : Answer(WitnessOutcome.FirstUse);
        }

        // Fewer events than already witnessed is a rewritten log, whatever old size the log names.
        if (size < previous.TreeSize)
        {
            return Answer(WitnessOutcome.SizeWentBackwards);
        }

        if (oldSize != previous.TreeSize)
        {
            return Answer(WitnessOutcome.Conflict);
        }

        if (size == previous.TreeSize)
        {
            return proof.Count == 0 && checkpoint.RootHash.AsSpan().SequenceEqual(previous.RootHash)
                ? Answer(WitnessOutcome.Cosign)
                : Answer(WitnessOutcome.RootChanged);
        }

        return MerkleTree.VerifyConsistency(algorithm, previous.TreeSize, size, proof, previous.RootHash, checkpoint.RootHash)
            ? Answer(WitnessOutcome.Cosign)
            : Answer(WitnessOutcome.ProofInvalid);
    }

    // For the alert of a note that does not verify: the size its second line claims, if it claims one.
    private static long ClaimedSize(string note)
    {
        var lines = note?.Split('\n', 3) ?? [];
        return lines.Length >= 2 && long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 0;
    }
}
