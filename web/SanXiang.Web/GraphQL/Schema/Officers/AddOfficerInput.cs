using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>
/// A new officer. Categories by name (Penalty) or in Chinese (行政处罚); dates as yyyy-MM-dd. <c>username</c>: the sign-in
/// account of the agency the officer acts as (the console's 登录账号), linked once: an account already linked to an officer
/// of the agency is refused (ACCOUNT_ALREADY_LINKED) and nothing is added.
/// </summary>
[Name("AddOfficerInput")]
public sealed class AddOfficerInput
{
    [Id]
    public string TenantId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public string? Position { get; set; }

    public string CertificateNumber { get; set; } = "";

    public IReadOnlyList<string> Categories { get; set; } = [];

    public string? Area { get; set; }

    public string ValidFrom { get; set; } = "";

    public string ValidTo { get; set; } = "";

    public bool IsReviewer { get; set; }

    public bool HasLegalQualification { get; set; }

    public string? Username { get; set; }
}
