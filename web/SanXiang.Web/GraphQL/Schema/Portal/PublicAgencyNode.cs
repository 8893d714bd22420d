using GraphQL;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Text;
using SanXiang.Web.Portal;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>执法主体: the agency as its public page names it.</summary>
[Name("PublicAgency")]
public sealed class PublicAgencyNode(PortalAgency agency, string? sectorName)
{
    [Id]
    public string Id => agency.Profile.Id;

    public string Name => agency.Profile.Name;

    public AgencyLevel Level => agency.Profile.Level;

    public string RegionCode => agency.Profile.RegionCode;

    /// <summary>The province the region code lies in (GB/T 2260), e.g. 湖南省.</summary>
    public string ProvinceName => ProvinceNames.Of(agency.Profile.RegionCode);

    public string Sector => agency.Profile.Sector;

    public string SectorName => sectorName ?? SectorNames.Chinese(agency.Profile.Sector);

    [Id]
    public string? ParentId => agency.ParentName is null ? null : agency.Profile.ParentId;

    public string? ParentName => agency.ParentName;

    /// <summary>统一社会信用代码.</summary>
    public string? CreditCode => agency.Profile.CreditCode;
}
