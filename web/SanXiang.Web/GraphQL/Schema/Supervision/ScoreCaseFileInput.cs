using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>案卷评查 of a case of the inspected agency or one below it: failed veto items, then every item's points.</summary>
[Name("ScoreCaseFileInput")]
public sealed class ScoreCaseFileInput
{
    /// <summary>The supervising department the inspection belongs to, in whose name its supervisors act.</summary>
    [Id]
    public string TenantId { get; set; } = "";

    public string InspectionId { get; set; } = "";

    [Id]
    public string CaseTenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public IReadOnlyList<string> Vetoes { get; set; } = [];

    public IReadOnlyList<ItemScoreInput> Scores { get; set; } = [];

    public string? Note { get; set; }
}
