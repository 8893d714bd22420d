using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>step.completed</c>, with the deadlines counted from this step.</summary>
/// <param name="AvOverrideReason">Why the AV record is missing, where the agency's list allows it.</param>
[GenerateSerializer, Immutable]
public sealed record StepCompleted(
    [property: Id(0)] string StepId,
    [property: Id(1)] IReadOnlyList<CaseOfficer> Officers,
    [property: Id(2)] string? AvOverrideReason,
    [property: Id(3)] IReadOnlyList<DeadlineEntry> Deadlines) : CaseEvent;
