namespace SanXiang.Plugins;

/// <summary>
/// A row of the 音像记录事项清单: steps of this kind need audio-visual records of these kinds;
/// <see cref="Continuous"/> means whole-process recording (全过程音像记录); <see cref="OverrideAllowed"/>
/// lets an officer complete the step without it, with a recorded reason.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AvItem(
    [property: Id(0)] CaseStepKind Step,
    [property: Id(1)] string Description,
    [property: Id(2)] IReadOnlyList<AvKind> Kinds,
    [property: Id(3)] bool Continuous,
    [property: Id(4)] bool OverrideAllowed);
