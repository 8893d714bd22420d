namespace SanXiang.Silo.Supervision;

/// <summary>
/// A page of the findings in a department's subtree (itself included) on <see cref="Day"/>: of one model or all, by
/// status, <see cref="First"/> after the finding id <see cref="After"/> (models in catalog order, then agency, then subject).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FindingQuery(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] DateOnly Day,
    [property: Id(2)] string? ModelId,
    [property: Id(3)] FindingStatus Status,
    [property: Id(4)] int First,
    [property: Id(5)] string? After);
