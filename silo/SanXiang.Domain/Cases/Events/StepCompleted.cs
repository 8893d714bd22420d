
namespace SanXiang.Domain.Cases.Events;

/// <summary><c>step.completed</c>, with the deadlines counted from this step.</summary>
/// <param name="AvOverrideReason">Why the AV record is missing, where the agency's list allows it.</param>
public sealed record StepCompleted(
    string StepId,
    IReadOnlyList<CaseOfficer> Officers,
    string? AvOverrideReason,
    IReadOnlyList<DeadlineEntry> Deadlines) : CaseEvent;
