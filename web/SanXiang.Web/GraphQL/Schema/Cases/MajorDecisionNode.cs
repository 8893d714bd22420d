using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Whether the case's decision is major (重大执法决定), the rules that matched, and the catalog version evaluated.</summary>
[Name("MajorDecision")]
public sealed class MajorDecisionNode(MajorDecision decision)
{
    public bool Major => decision.Major;

    public IEnumerable<MatchedReviewRuleNode> MatchedRules => decision.MatchedRules.Select(r => new MatchedReviewRuleNode(r));

    public string CatalogVersion => decision.CatalogVersion;
}
