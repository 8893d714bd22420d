namespace SanXiang.Domain.Cases.Review;

/// <summary>Whether a case's decision is major (重大执法决定), which rules made it so, and the catalog version they come from.</summary>
public sealed record MajorDecision(
    bool Major,
    IReadOnlyList<MatchedReviewRule> MatchedRules,
    string CatalogVersion);
