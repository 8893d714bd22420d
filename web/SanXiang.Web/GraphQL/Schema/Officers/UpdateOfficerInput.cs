using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>
/// An officer's new details (<c>officerId</c>: the certificate number, which stays). Categories by name (Penalty) or in
/// Chinese (行政处罚); dates as yyyy-MM-dd. The status, a deactivation and past certificate terms are kept as they are.
/// </summary>
[Name("UpdateOfficerInput")]
public sealed class UpdateOfficerInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string OfficerId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public string? Position { get; set; }

    public IReadOnlyList<string> Categories { get; set; } = [];

    public string? Area { get; set; }

    public string ValidFrom { get; set; } = "";

    public string ValidTo { get; set; } = "";

    public bool IsReviewer { get; set; }

    public bool HasLegalQualification { get; set; }
}
