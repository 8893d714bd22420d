namespace SanXiang.Domain.Integrity.Witnessing;

/// <summary>
/// A witness's answer to one checkpoint. <see cref="PreviousSize"/> is the size it cosigned before (0 the first time),
/// <see cref="NewSize"/> the size the checkpoint claims; <see cref="Checkpoint"/> is set once its signature verified.
/// </summary>
public sealed record WitnessDecision(WitnessOutcome Outcome, Checkpoint? Checkpoint, long PreviousSize, long NewSize)
{
    public bool Cosigns => Outcome is WitnessOutcome.Cosign or WitnessOutcome.FirstUse;

    /// <summary>A refusal that may be misbehaviour of the log, for the supervising department to see: everything but cosigning and a conflict of sizes.</summary>
    public bool Alerts => !Cosigns && Outcome != WitnessOutcome.Conflict;
}
