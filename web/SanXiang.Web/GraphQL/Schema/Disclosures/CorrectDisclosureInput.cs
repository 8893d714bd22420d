using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>Corrects a published decision: the corrected text as previewed (<c>shownHash</c>), the reason, and the day the inaccuracy was found (yyyy-MM-dd).</summary>
[Name("CorrectDisclosureInput")]
public sealed class CorrectDisclosureInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public string ShownHash { get; set; } = "";

    public string? Conclusion { get; set; }

    public string? Basis { get; set; }

    public string? Facts { get; set; }

    public IReadOnlyList<string>? OtherNames { get; set; }

    public string Reason { get; set; } = "";

    public string FoundOn { get; set; } = "";
}
