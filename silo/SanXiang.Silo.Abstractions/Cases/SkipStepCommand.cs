namespace SanXiang.Silo.Cases;

[GenerateSerializer, Immutable]
public sealed record SkipStepCommand(
    [property: Id(0)] string StepId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string Actor,
    [property: Id(3)] DateTimeOffset At);
