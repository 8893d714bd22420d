using SanXiang.Web.Portal;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>The portal's anonymous root fields: null, not an error, for what is unknown, so nothing says whether it exists.</summary>
public static class PortalQueries
{
    public static async Task<PublicOfficerNode?> OfficerByCertificateAsync(string certificateNumber, PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.FindCertificateAsync(certificateNumber) is { } found ? new PublicOfficerNode(found) : null;
    }

    public static async Task<PublicListsNode?> PublicListsAsync(string tenantId, PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.FindAgencyAsync(tenantId) is { } agency ? new PublicListsNode(agency) : null;
    }
}
