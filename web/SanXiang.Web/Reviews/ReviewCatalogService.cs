using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Silo;
using SanXiang.Silo.Reviews;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Cases;

namespace SanXiang.Web.Reviews;

/// <summary>
/// An agency's 重大执法决定法制审核目录清单 for the API and the console. The catalog in force is public (agencies publish
/// it; the disclosure portal shows it), so reading needs no sign-in; publishing an edition is for the agency's administrator
/// or, for a supervising department, its own supervisors (<see cref="CaseAccess.RequirePublisherAsync"/>).
/// </summary>
public sealed class ReviewCatalogService(IGrainFactory grains, ITenantStore<SanXiangTenantInfo> tenants, CaseAccess access)
{
    public const string ListName = "重大执法决定法制审核目录清单";

    /// <summary>TENANT_NOT_FOUND for an agency the platform does not know.</summary>
    public async Task<ReviewCatalogView> GetAsync(string tenantId)
    {
        _ = await tenants.TryGetByIdentifierAsync(tenantId)
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"未找到机关“{tenantId}”。");
        return await InTenantAsync(tenantId, () => grains.GetGrain<IReviewCatalogGrain>(tenantId).GetAsync());
    }

    public async Task<ReviewCatalogView> PublishAsync(CaseCaller caller, string tenantId, ReviewCatalogDraft draft)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequirePublisherAsync(caller, tenantId, ListName);
        return await InTenantAsync(tenantId, () => grains.GetGrain<IReviewCatalogGrain>(tenantId).PublishAsync(draft, caller.UserName));
    }

    private static Task<T> InTenantAsync<T>(string tenantId, Func<Task<T>> call) => TenantCallContext.RunAsync(tenantId, call);
}
