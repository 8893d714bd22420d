namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// A rule that makes a decision major: <paramref name="Id"/> stable for the row, <paramref name="Description"/>
/// its condition and what in the case met it, <paramref name="Basis"/> the rule cited, <paramref name="Source"/>
/// <c>law</c> (the national floor) or <c>sector</c> (the sector plugin's default catalog).
/// </summary>
public sealed record MatchedReviewRule(
    string Id,
    string Description,
    string Basis,
    string Source);
