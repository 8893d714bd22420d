namespace SanXiang.Domain.Supervision;

/// <summary>A problem an inspection found, on its own or in a sampled case file (<paramref name="EvaluationId"/>).</summary>
public sealed record InspectionFinding(string Id, string Text, string? EvaluationId, DateTimeOffset At, string By);
