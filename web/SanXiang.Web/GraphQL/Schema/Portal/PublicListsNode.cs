using GraphQL;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.GraphQL.Schema.Paging;
using SanXiang.Web.GraphQL.Schema.Reviews;
using SanXiang.Web.Portal;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>
/// What an agency discloses before enforcement (DOMAIN.md §1), as its public page shows it. A list the agency cannot show
/// is null (<c>reviewCatalog</c>, <c>avItems</c>) or empty (<c>procedures</c> without a sector plugin);
/// <c>unpublishedLists</c> names the lists the platform does not hold yet.
/// </summary>
[Name("PublicLists")]
public sealed class PublicListsNode(PortalAgency agency)
{
    public PublicAgencyNode Agency([FromServices] PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return new PublicAgencyNode(agency, portal.SectorName(agency.Profile));
    }

    /// <summary>执法人员清单, by unit, then certificate number; <c>first</c> 1–200, default 50.</summary>
    public async Task<PublicOfficerConnection> OfficersAsync(int? first, string? after, [FromServices] PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return new PublicOfficerConnection(await portal.OfficersAsync(agency.Profile.Id, after, first ?? PortalService.OfficersPerPage));
    }

    /// <summary>重大执法决定法制审核目录清单 in force today.</summary>
    public async Task<ReviewCatalogNode?> ReviewCatalogAsync([FromServices] PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.ReviewCatalogAsync(agency.Profile.Id) is { } view ? new ReviewCatalogNode(view) : null;
    }

    /// <summary>音像记录事项清单: the agency's own, or its sector's defaults.</summary>
    public async Task<IEnumerable<AvItemNode>?> AvItemsAsync([FromServices] PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.AvItemsAsync(agency.Profile.Id) is { } items ? items.Select(i => new AvItemNode(i)) : null;
    }

    /// <summary>执法流程图: the sector plugin's procedure per enforcement category.</summary>
    public IEnumerable<PublicProcedureNode> Procedures([FromServices] PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.Procedures(agency.Profile).Select(p => new PublicProcedureNode(p));
    }

    /// <summary>The lists of DOMAIN.md §1 this agency has not published on the platform (权责清单, 随机抽查事项清单, 服务指南, 裁量基准).</summary>
    public IEnumerable<string> UnpublishedLists => PortalLists.NotModelled;
}
