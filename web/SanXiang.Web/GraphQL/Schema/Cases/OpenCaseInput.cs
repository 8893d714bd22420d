using GraphQL;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Files a case (立案). <c>proposedFine</c> in yuan (0 for a warning) decides whether the simplified procedure is allowed.</summary>
[Name("OpenCaseInput")]
public sealed class OpenCaseInput
{
    [Id]
    public string TenantId { get; set; } = "";

    /// <summary>案由.</summary>
    public string Title { get; set; } = "";

    public EnforcementCategory Category { get; set; }

    public CasePartyInput Party { get; set; } = new();

    /// <summary>The officers in charge (承办人), by id (the certificate number without spaces, upper case).</summary>
    [Id]
    public IReadOnlyList<string> OfficerIds { get; set; } = [];

    public bool? Simplified { get; set; }

    public decimal? ProposedFine { get; set; }
}
