namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>step.skipped</c>: an optional step that did not take place, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record StepSkipped(
    [property: Id(0)] string StepId,
    [property: Id(1)] string Reason) : CaseEvent;
