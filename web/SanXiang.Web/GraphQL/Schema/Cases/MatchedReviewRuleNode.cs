using GraphQL;
using SanXiang.Domain.Cases.Review;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A rule that made a decision major; <c>source</c> is <c>law</c>, <c>sector</c>, <c>inherited</c> or <c>own</c>, <c>sourceName</c> that source in words.</summary>
[Name("MatchedReviewRule")]
public sealed class MatchedReviewRuleNode(MatchedReviewRule rule)
{
    [Id]
    public string Id => rule.Id;

    public string Description => rule.Description;

    public string Basis => rule.Basis;

    public string Source => rule.Source;

    public string? SourceName => rule.SourceName;
}
