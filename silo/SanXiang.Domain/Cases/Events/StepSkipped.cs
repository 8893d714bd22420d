namespace SanXiang.Domain.Cases.Events;

/// <summary><c>step.skipped</c>: an optional step that did not take place, and why.</summary>
public sealed record StepSkipped(
    string StepId,
    string Reason) : CaseEvent;
