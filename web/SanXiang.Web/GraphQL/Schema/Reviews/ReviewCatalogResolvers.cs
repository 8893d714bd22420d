using SanXiang.Domain.Cases.Review;
using SanXiang.Plugins;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Reviews;

namespace SanXiang.Web.GraphQL.Schema.Reviews;

public static class ReviewCatalogResolvers
{
    public static async Task<ReviewCatalogNode> GetAsync(string tenantId, ReviewCatalogService catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        return new ReviewCatalogNode(await catalogs.GetAsync(tenantId));
    }

    public static async Task<ReviewCatalogNode> PublishAsync(PublishReviewCatalogInput input, GraphQLUserContext caller, ReviewCatalogService catalogs)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogs);
        var draft = new ReviewCatalogDraft(
            IsoDate.Parse(input.EffectiveFrom, "施行日期"),
            input.Scope,
            [.. (input.Entries ?? []).Select(e => new ReviewCatalogEntry(e.Category, e.Condition, e.AmountAtLeast, e.Basis))]);
        return new ReviewCatalogNode(await catalogs.PublishAsync(CaseCallers.From(caller), input.TenantId, draft));
    }
}
