namespace SanXiang.Domain.Supervision;

/// <summary>问责: who is held accountable for a task not fixed, and the measure taken (e.g. 约谈, 通报批评).</summary>
public sealed record Accountability(string Person, string Measure);
