namespace SanXiang.Domain.Integrity.Witnessing;

/// <summary>What a witness makes of a checkpoint submitted to it (C2SP tlog-witness add-checkpoint, with its HTTP statuses).</summary>
public enum WitnessOutcome
{
    /// <summary>Consistent with the head cosigned before: cosign and record it (200).</summary>
    Cosign,

    /// <summary>The first checkpoint of this log the witness sees: trusted on first use, cosigned and recorded (200).</summary>
    FirstUse,

    /// <summary>The old size the log names is not the witness's; the log asks again from that size (409). Nothing is wrong.</summary>
    Conflict,

    /// <summary>The agency's signature does not verify with the key the witness holds for it (403).</summary>
    SignatureInvalid,

    /// <summary>The log is smaller than the witness saw before: entries were removed (the log was rewritten).</summary>
    SizeWentBackwards,

    /// <summary>Same size, other root: the log was rewritten (422).</summary>
    RootChanged,

    /// <summary>The consistency proof does not show the new tree extends the old one: the log was rewritten (422).</summary>
    ProofInvalid,
}
