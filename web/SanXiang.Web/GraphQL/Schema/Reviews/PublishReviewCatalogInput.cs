using GraphQL;
using SanXiang.Domain.Cases.Review;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Reviews;

/// <summary>
/// The agency's next catalog edition: the rows it adds to what it inherits (inherited rows always hold), its review scope,
/// and the day it takes effect (yyyy-MM-dd, today or later).
/// </summary>
[Name("PublishReviewCatalogInput")]
public sealed class PublishReviewCatalogInput
{
    [Id]
    public string TenantId { get; set; } = "";

    public string EffectiveFrom { get; set; } = "";

    public ReviewScope Scope { get; set; }

    public IReadOnlyList<ReviewCatalogEntryInput> Entries { get; set; } = [];
}

[Name("ReviewCatalogEntryInput")]
public sealed class ReviewCatalogEntryInput
{
    public EnforcementCategory Category { get; set; }

    public string Condition { get; set; } = "";

    /// <summary>Yuan, fine and confiscation together; leave out for a rule that is not about an amount.</summary>
    public decimal? AmountAtLeast { get; set; }

    public string Basis { get; set; } = "";
}
