namespace SanXiang.Plugins;

/// <summary>评分项: one line of the standard, worth up to <paramref name="Points"/> in its part.</summary>
public sealed record EvaluationItem(string Id, EvaluationPart Part, string Text, int Points);
