using SanXiang.Domain.Cases.Review;

namespace SanXiang.Silo.Reviews;

/// <summary>
/// An agency's 重大执法决定法制审核目录清单 (DOMAIN.md §3): the catalog in force today — the sector's defaults, the
/// catalogs of the departments above it and its own rows, each with its source — and the editions it has published.
/// Key: the tenant id.
/// </summary>
public interface IReviewCatalogGrain : IGrainWithStringKey
{
    Task<ReviewCatalogView> GetAsync();

    /// <summary>Publishes the agency's next edition; VALIDATION_FAILED naming every faulty field (a backdated effective day, an empty condition …).</summary>
    Task<ReviewCatalogView> PublishAsync(ReviewCatalogDraft draft, string actor);
}
