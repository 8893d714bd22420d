namespace SanXiang.Domain.Cases;

public sealed record SkipStepCommand(
    string StepId,
    string Reason,
    string Actor,
    DateTimeOffset At);
