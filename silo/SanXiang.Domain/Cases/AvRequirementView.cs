using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// What the agency's 音像记录事项清单 asks of a step: <paramref name="Items"/> are the list's descriptions;
/// <paramref name="OverrideAllowed"/> only when every item allows it; <paramref name="OverrideReason"/> the
/// reason given when the step was completed without the record; <paramref name="Missing"/> what the case still
/// lacks for the step, in words (empty when every item is met).
/// </summary>
public sealed record AvRequirementView(
    bool Required,
    bool Continuous,
    IReadOnlyList<AvKind> Kinds,
    bool OverrideAllowed,
    string? OverrideReason,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Missing)
{
    public static AvRequirementView None { get; } = new(false, false, [], false, null, [], []);
}
