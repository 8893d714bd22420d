namespace SanXiang.Domain.Cases;

/// <param name="OfficerIds">The officers who acted on the step (at least the step's minimum).</param>
/// <param name="AvOverrideReason">Why the AV record the agency's list asks for is missing; accepted only where the list allows it.</param>
public sealed record CompleteStepCommand(
    string StepId,
    IReadOnlyList<string> OfficerIds,
    string? AvOverrideReason,
    string Actor,
    DateTimeOffset At);
