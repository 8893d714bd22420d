using GraphQL;
using SanXiang.Domain.Cases.Review;
using SanXiang.Web.GraphQL.Schema.Cases;

namespace SanXiang.Web.GraphQL.Schema.Reviews;

/// <summary>A version the agency published: the rows it added, its scope, and the day it took (or takes) effect. Public, so the account that published it is not shown.</summary>
[Name("ReviewCatalogEdition")]
public sealed class ReviewCatalogEditionNode(ReviewCatalogEdition edition)
{
    public int Version => edition.Version;

    public string EffectiveFrom => IsoDate.Format(edition.EffectiveFrom);

    public ReviewScope Scope => edition.Scope;

    public IEnumerable<ReviewCatalogEntryNode> Entries => edition.Entries.Select(e => new ReviewCatalogEntryNode(e));

    public string PublishedAt => IsoTime.Format(edition.PublishedAt);
}
