using SanXiang.Plugins;

namespace SanXiang.Domain.Supervision;

/// <summary>A scoring item as it was scored, with its text and maximum, so the evaluation reads without the standard.</summary>
public sealed record ScoredItem(string ItemId, EvaluationPart Part, string Text, int Points, int Max);
