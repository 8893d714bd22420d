using GraphQL;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Reviews;

namespace SanXiang.Web.GraphQL.Schema.Reviews;

/// <summary>
/// An agency's 重大执法决定法制审核目录清单 in force on <c>day</c>: every rule with its source (<c>sector</c>, <c>inherited</c>
/// from a supervising department, or <c>own</c>), the review scope, the version cases cite, and the agency's own editions.
/// </summary>
[Name("ReviewCatalog")]
public sealed class ReviewCatalogNode(ReviewCatalogView view)
{
    public string Version => view.InForce.Version;

    public string Day => IsoDate.Format(view.Day);

    public ReviewScope Scope => view.InForce.Scope;

    /// <summary>The scope in words, e.g. 适用一般程序的行政处罚决定均须审核.</summary>
    public string ScopeName => ReviewScopes.Name(view.InForce.Scope);

    /// <summary>Who set the scope, when it is wider than major decisions only.</summary>
    public string? ScopeSourceName => view.InForce.ScopeSource?.Label;

    public IEnumerable<ReviewCatalogRuleNode> Rules => view.InForce.Rules.Select(r => new ReviewCatalogRuleNode(r));

    /// <summary>The editions that have taken effect, newest first; one published for a later day is shown from that day (the console shows it to the agency at once).</summary>
    public IEnumerable<ReviewCatalogEditionNode> Editions => view.Editions.Where(e => e.EffectiveFrom <= view.Day).Select(e => new ReviewCatalogEditionNode(e));
}
