using GraphQL;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Reviews;

/// <summary>A row as an edition states it.</summary>
[Name("ReviewCatalogEntry")]
public sealed class ReviewCatalogEntryNode(ReviewCatalogEntry entry)
{
    public EnforcementCategory Category => entry.Category;

    public string CategoryName => EnforcementCategoryNames.Chinese(entry.Category);

    public string Condition => entry.Condition;

    public decimal? AmountAtLeast => entry.AmountAtLeast;

    public string Basis => entry.Basis;
}
