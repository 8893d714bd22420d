using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.GraphQL.Subscriptions;

namespace SanXiang.Web.GraphQL.Schema.Sectors;

/// <summary>
/// Switches a tenant to another sector. Only the platform administrator may: the sector decides
/// which procedures and documents the agency's cases follow. Only a loaded sector is accepted, so
/// that no agency is switched onto procedures the platform cannot provide.
/// </summary>
public static class UpdateTenantSectorMutation
{
    public static async Task<TenantNode> UpdateAsync(
        string id, string sector, GraphQLUserContext caller, TenantReader reader, IGrainFactory grains, TenantChangeFeed feed, ISectorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(registry);
        var current = await reader.GetVisibleAsync(caller, id);
        if (!caller.User.IsPlatformAdmin())
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有平台管理员可以切换机关的执法领域。");
        }

        if (registry.Find(sector) is null)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"执法领域“{sector}”没有已加载的插件，不能切换。");
        }

        var saved = await TenantReader.InTenantAsync(caller, id, () => grains.GetGrain<IAgencyGrain>(id).UpdateProfileAsync(current with { Sector = sector }));
        feed.Publish(saved.Profile);
        return new TenantNode(saved.Profile);
    }
}
