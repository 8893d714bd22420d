
namespace SanXiang.Domain.Cases;

/// <summary>What happened to one step: completed or skipped, when, by whom, with which officers.</summary>
public sealed record StepRecord(
    StepState State,
    DateTimeOffset At,
    string By,
    IReadOnlyList<CaseOfficer> Officers,
    string? SkipReason,
    string? AvOverrideReason);
