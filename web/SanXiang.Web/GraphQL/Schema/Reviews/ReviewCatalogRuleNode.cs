using GraphQL;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Reviews;

/// <summary>A rule of the catalog in force; <c>amountAtLeast</c> in yuan (fine and confiscation together) when the rule has one.</summary>
[Name("ReviewCatalogRule")]
public sealed class ReviewCatalogRuleNode(ReviewCatalogRule rule)
{
    [Id]
    public string Id => rule.Id;

    public EnforcementCategory Category => rule.Entry.Category;

    public string CategoryName => EnforcementCategoryNames.Chinese(rule.Entry.Category);

    public string Condition => rule.Entry.Condition;

    public decimal? AmountAtLeast => rule.Entry.AmountAtLeast;

    public string Basis => rule.Entry.Basis;

    /// <summary><c>sector</c>, <c>inherited</c> or <c>own</c>.</summary>
    public string Source => rule.Source.Code;

    /// <summary>The source as people name it, e.g. 河南省司法厅 第 3 版（2026-01-01 起施行）.</summary>
    public string SourceName => rule.Source.Label;
}
