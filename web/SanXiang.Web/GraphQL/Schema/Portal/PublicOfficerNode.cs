using GraphQL;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;
using SanXiang.Web.Portal;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>
/// An officer as the public sees them (执法人员清单, DOMAIN.md §1): what the portal's page shows and no more — no officer
/// id, no reviewer flag, no qualification, no account. <c>status</c> is decided by the certification rule for today
/// (China time).
/// </summary>
[Name("PublicOfficer")]
public sealed class PublicOfficerNode(PortalOfficer found)
{
    [Id]
    public string AgencyId => found.Officer.TenantId;

    public string AgencyName => found.Officer.AgencyName;

    public string Name => found.Officer.Name;

    public string Unit => found.Officer.Unit;

    public string? Position => found.Officer.Position;

    public string CertificateNumber => found.Officer.CertificateNumber;

    public IEnumerable<EnforcementCategory> Categories => found.Officer.Categories;

    public IEnumerable<string> CategoryNames => found.Officer.Categories.Select(EnforcementCategoryNames.Chinese);

    public string? Area => found.Officer.Area;

    public string ValidFrom => IsoDate.Format(found.Officer.ValidFrom);

    public string ValidTo => IsoDate.Format(found.Officer.ValidTo);

    /// <summary><c>VALID</c>, <c>NOT_YET_VALID</c>, <c>EXPIRED</c>, <c>SUSPENDED</c> or <c>REVOKED</c> today.</summary>
    public CertificateStatus Status => found.Status;

    /// <summary>The officer's public page (a path), the address the certificate's QR code opens.</summary>
    public string Url => PortalUrls.Officer(found.Officer.TenantId, found.Officer.CertificateNumber);
}
