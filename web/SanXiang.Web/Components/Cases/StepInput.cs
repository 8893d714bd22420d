namespace SanXiang.Web.Components.Cases;

/// <summary>What the current step's form holds. The engine decides whether it suffices; the form shows its answer.</summary>
public sealed class StepInput
{
    public IReadOnlyList<string> OfficerIds { get; set; } = [];

    public string? AvOverrideReason { get; set; }

    public string? SkipReason { get; set; }
}
