using SanXiang.Domain.Plans;

namespace SanXiang.Silo.Plans;

/// <summary>
/// A row of a 工作任务分解台账: its number, the task group it belongs to (e.g. 强化事前公开),
/// the concrete measure, the responsible units and the deadline as written, with its first due
/// date (if any) and whether it is long-term (长期执行).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LedgerTask(
    [property: Id(0)] int Id,
    [property: Id(1)] string GroupNo,
    [property: Id(2)] string Group,
    [property: Id(3)] string Measure,
    [property: Id(4)] string ResponsibleUnits,
    [property: Id(5)] string Deadline,
    [property: Id(6)] DateOnly? Due,
    [property: Id(7)] bool LongTerm)
{
    /// <summary>The 完成时限 as the Domain's rule reads it.</summary>
    public LedgerDeadline DeadlineRule => new(Deadline, Due, LongTerm);
}
