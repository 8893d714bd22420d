using GraphQL;
using SanXiang.Silo.Agencies;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

/// <summary>
/// 新增下级机关: one agency below the department <c>tenantId</c> — under the department itself, or under <c>parentId</c>
/// (an agency of its subtree) — with its plan adopted from <c>planTemplate</c> starting <c>planStart</c> (yyyy-MM-dd;
/// today in China when left out). <c>sector</c> is a sector id (<c>sectors</c>).
/// </summary>
[Name("CreateSubordinateAgencyInput")]
public sealed class CreateSubordinateAgencyInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string PlanTemplate { get; set; } = "";

    public string? PlanStart { get; set; }

    public string Name { get; set; } = "";

    public string CreditCode { get; set; } = "";

    public string RegionCode { get; set; } = "";

    public AgencyLevel Level { get; set; }

    public string Sector { get; set; } = "";

    [Id]
    public string? ParentId { get; set; }

    public string? DocumentCode { get; set; }
}
