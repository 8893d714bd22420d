namespace SanXiang.Domain.Plans;

/// <summary>
/// A 台账 task's report of progress: what was done (<see cref="Note"/>), the evidence, and whether it reports the
/// task done. A long-term task (长期执行) reports each half-year and is never done.
/// </summary>
public sealed record LedgerCheckIn(DateTimeOffset At, string By, string Note, IReadOnlyList<PlanEvidence> Evidence, bool Completes);
