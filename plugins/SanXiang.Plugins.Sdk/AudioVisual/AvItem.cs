namespace SanXiang.Plugins;

/// <summary>
/// A row of the 音像记录事项清单: steps of this kind need audio-visual records of these kinds;
/// <see cref="Continuous"/> means whole-process recording (全过程音像记录); <see cref="OverrideAllowed"/>
/// lets an officer complete the step without it, with a recorded reason.
/// </summary>
public sealed record AvItem(
    CaseStepKind Step,
    string Description,
    IReadOnlyList<AvKind> Kinds,
    bool Continuous,
    bool OverrideAllowed);
