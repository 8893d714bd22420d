using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>What happened to one step: completed or skipped, when, by whom, with which officers.</summary>
[GenerateSerializer, Immutable]
public sealed record StepRecord(
    [property: Id(0)] StepState State,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By,
    [property: Id(3)] IReadOnlyList<CaseOfficer> Officers,
    [property: Id(4)] string? SkipReason,
    [property: Id(5)] string? AvOverrideReason);
