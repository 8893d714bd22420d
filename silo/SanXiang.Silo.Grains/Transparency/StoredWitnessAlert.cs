using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>A checkpoint of <paramref name="SubjectId"/> the witness refused: the size it cosigned before and the size the checkpoint claimed.</summary>
public sealed record StoredWitnessAlert(string Id, string SubjectId, WitnessOutcome Outcome, long OldSize, long NewSize, DateTimeOffset RaisedAt);
