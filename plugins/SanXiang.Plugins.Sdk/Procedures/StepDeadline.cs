namespace SanXiang.Plugins;

/// <summary>
/// A time limit on a step, counted from an earlier step's completion (or from the case's filing
/// when <see cref="FromStep"/> is null), citing the article that sets it, e.g. 90 calendar days from
/// filing to decision (行政处罚法 第六十条) or 5 working days to ask for a hearing (第六十四条).
/// </summary>
public sealed record StepDeadline(
    string Description,
    int Days,
    DayCount Count,
    string? FromStep,
    string Article);
