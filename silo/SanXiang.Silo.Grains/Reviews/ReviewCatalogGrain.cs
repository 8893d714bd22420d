using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Reviews;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Grains.Reviews;

/// <summary>One agency's catalog; publishing goes through here, one edition at a time, so versions follow one another.</summary>
public sealed class ReviewCatalogGrain(ReviewCatalogEditions editions, ISectorRegistry sectors, TimeProvider clock) : Grain, IReviewCatalogGrain
{
    private string TenantId => this.GetPrimaryKeyString();

    public async Task<ReviewCatalogView> GetAsync()
    {
        var agency = await GrainFactory.GetGrain<IAgencyGrain>(TenantId).GetAsync()
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"执法机关“{TenantId}”不存在。");
        var today = CaseDates.ChinaDate(clock.GetUtcNow());
        var chain = await editions.ChainAsync(TenantId, today);
        var catalog = ReviewCatalog.Compose(sectors.Find(agency.Profile.Sector), chain, TenantId);
        return new ReviewCatalogView(catalog, await editions.HistoryAsync(TenantId), today);
    }

    public async Task<ReviewCatalogView> PublishAsync(ReviewCatalogDraft draft, string actor)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var now = clock.GetUtcNow();
        var checkedDraft = draft.Checked(CaseDates.ChinaDate(now));
        await editions.PublishAsync(TenantId, checkedDraft, actor, now);
        return await GetAsync();
    }
}
