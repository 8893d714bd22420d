namespace SanXiang.Domain.Supervision;

/// <summary>The points an evaluator gives one scoring item of the standard, by its id.</summary>
public sealed record ItemScore(string ItemId, int Points);
