using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Silo.Transparency;

/// <summary>A checkpoint of <see cref="SubjectId"/> the department refused to witness: the size it had cosigned before and the size the checkpoint claimed.</summary>
[GenerateSerializer, Immutable]
public sealed record WitnessAlert(
    [property: Id(0)] string Id,
    [property: Id(1)] string SubjectId,
    [property: Id(2)] WitnessOutcome Outcome,
    [property: Id(3)] long OldSize,
    [property: Id(4)] long NewSize,
    [property: Id(5)] DateTimeOffset RaisedAt);
