using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>专项监督检查 of an agency below the department; passingMark defaults to 60.</summary>
[Name("CreateInspectionInput")]
public sealed class CreateInspectionInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string AgencyId { get; set; } = "";

    public string Title { get; set; } = "";

    public int? PassingMark { get; set; }
}
