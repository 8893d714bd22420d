namespace SanXiang.Silo.Plans;

/// <summary>实施方案: the plan document and what it commits the agency to.</summary>
[GenerateSerializer, Immutable]
public sealed record ImplementationPlan(
    [property: Id(0)] string Title,
    [property: Id(1)] string? DocumentNumber,
    [property: Id(2)] IReadOnlyList<PlanPhase> Phases,
    [property: Id(3)] IReadOnlyList<Deliverable> Deliverables,
    [property: Id(4)] IReadOnlyList<LedgerTask> LedgerTasks,
    [property: Id(5)] DateTimeOffset? EditedAt);
