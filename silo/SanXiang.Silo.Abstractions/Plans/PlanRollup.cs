using SanXiang.Domain.Supervision;

namespace SanXiang.Silo.Plans;

/// <summary>
/// The plans (and the enforcement counts) of every agency below a department, at any depth, counted on <see cref="Day"/> from the plans' read-model
/// rows (one query, no call per agency). Dated items are the deliverables and the ledger tasks with a due date; an item
/// is on time when it was done (filed, or reported done) by its due date.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlanRollup(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] int Descendants,
    [property: Id(2)] int AgenciesWithPlan,
    [property: Id(3)] int AgenciesWithOverdue,
    [property: Id(4)] int Deliverables,
    [property: Id(5)] int DeliverablesApproved,
    [property: Id(6)] int DeliverablesOverdue,
    [property: Id(7)] int Tasks,
    [property: Id(8)] int TasksComplete,
    [property: Id(9)] int TasksOverdue,
    [property: Id(10)] int DatedItemsDue,
    [property: Id(11)] int DatedItemsOnTime,
    [property: Id(12)] IReadOnlyList<PhaseCount> Phases,
    [property: Id(13)] string DepartmentName)
{
    /// <summary>The enforcement indicators' counts over the same agencies (公示, 持证, 法制审核人员, 案卷评查).</summary>
    [Id(14)]
    public EnforcementCounts Enforcement { get; init; } = EnforcementCounts.None;

    /// <summary>The roll-out indicators these counts give, then the enforcement indicators, each with its formula.</summary>
    public IReadOnlyList<Indicator> Indicators =>
        [.. RolloutIndicators.Of(TasksComplete, Tasks, DeliverablesApproved, Deliverables, DatedItemsOnTime, DatedItemsDue), .. EnforcementIndicators.Of(Enforcement)];
}
