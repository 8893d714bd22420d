using SanXiang.Silo.Reviews;
using SanXiang.Plugins;

namespace SanXiang.Web.Portal;

/// <summary>
/// What an agency discloses before enforcement (DOMAIN.md §1) that the platform holds today. A list it does not hold is
/// null (or empty), and the page says 本机关尚未公示 rather than show anything in its place.
/// </summary>
public sealed record PortalLists(
    PortalAgency Agency,
    string? SectorName,
    PortalOfficerPage Officers,
    ReviewCatalogView? ReviewCatalog,
    IReadOnlyList<AvItem>? AvItems,
    IReadOnlyList<Procedure> Procedures)
{
    /// <summary>The lists of DOMAIN.md §1 that the platform does not model yet: each agency's page names them as not published.</summary>
    public static IReadOnlyList<string> NotModelled { get; } = ["权责清单", "随机抽查事项清单", "服务指南", "裁量基准"];
}
