namespace SanXiang.Silo.Plans;

/// <summary>
/// 实施步骤: one phase of an implementation plan. <see cref="End"/> is null for a phase the plan
/// leaves open ("2019年9月上旬开始").
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlanPhase(
    [property: Id(0)] string Name,
    [property: Id(1)] DateOnly Start,
    [property: Id(2)] DateOnly? End,
    [property: Id(3)] string? Summary);
