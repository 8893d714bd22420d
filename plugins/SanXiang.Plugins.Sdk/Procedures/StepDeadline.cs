namespace SanXiang.Plugins;

/// <summary>
/// A time limit on a step, counted from an earlier step's completion (or from the case's filing
/// when <see cref="FromStep"/> is null), citing the article that sets it, e.g. 90 calendar days from
/// filing to decision (行政处罚法 第六十条) or 5 working days to ask for a hearing (第六十四条).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StepDeadline(
    [property: Id(0)] string Description,
    [property: Id(1)] int Days,
    [property: Id(2)] DayCount Count,
    [property: Id(3)] string? FromStep,
    [property: Id(4)] string Article);
