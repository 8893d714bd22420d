namespace SanXiang.Silo.Cases;

/// <param name="OfficerIds">The officers who acted on the step (at least the step's minimum).</param>
/// <param name="AvOverrideReason">Why the AV record the agency's list asks for is missing; accepted only where the list allows it.</param>
[GenerateSerializer, Immutable]
public sealed record CompleteStepCommand(
    [property: Id(0)] string StepId,
    [property: Id(1)] IReadOnlyList<string> OfficerIds,
    [property: Id(2)] string? AvOverrideReason,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At);
