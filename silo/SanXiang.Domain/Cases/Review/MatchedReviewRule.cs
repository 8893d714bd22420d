namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// A rule that makes a decision major: <paramref name="Id"/> stable for the row, <paramref name="Description"/>
/// its condition and what in the case met it, <paramref name="Basis"/> the rule cited, <paramref name="Source"/>
/// <c>law</c> (the national floor), <c>sector</c> (the sector plugin's defaults), <c>inherited</c> (a supervising
/// department's catalog) or <c>own</c> (the agency's), and <paramref name="SourceName"/> that source as people name it.
/// </summary>
public sealed record MatchedReviewRule(
    string Id,
    string Description,
    string Basis,
    string Source,
    string? SourceName = null);
