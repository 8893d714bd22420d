namespace SanXiang.Domain.Deadlines;

/// <summary>A deadline a case is still waiting on: what it is for (<see cref="Key"/>), its rule and anchor, and the due date last told.</summary>
public sealed record OpenDeadline(string Key, IDeadlineRule Rule, DateOnly Anchor, Deadline Current);
