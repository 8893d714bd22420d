using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Silo.Transparency;

/// <summary>
/// The witness's answer: its <see cref="CosignatureLine"/> (a signed-note line ending in "\n") when it cosigned, and
/// otherwise why not; <see cref="WitnessSize"/> is the size it holds as cosigned, which a log told
/// <see cref="WitnessOutcome.Conflict"/> proves from next.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WitnessAnswer(
    [property: Id(0)] WitnessOutcome Outcome,
    [property: Id(1)] long WitnessSize,
    [property: Id(2)] string? CosignatureLine,
    [property: Id(3)] DateTimeOffset? CosignedAt);
