using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <summary>
/// What the agency's 音像记录事项清单 asks of a step: <paramref name="Items"/> are the list's descriptions;
/// <paramref name="OverrideAllowed"/> only when every item allows it; <paramref name="OverrideReason"/> the
/// reason given when the step was completed without the record.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AvRequirementView(
    [property: Id(0)] bool Required,
    [property: Id(1)] bool Continuous,
    [property: Id(2)] IReadOnlyList<AvKind> Kinds,
    [property: Id(3)] bool OverrideAllowed,
    [property: Id(4)] string? OverrideReason,
    [property: Id(5)] IReadOnlyList<string> Items)
{
    public static AvRequirementView None { get; } = new(false, false, [], false, null, []);
}
