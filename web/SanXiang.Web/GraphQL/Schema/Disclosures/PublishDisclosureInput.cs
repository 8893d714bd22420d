using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>
/// Publishes a case's decision as previewed: the same text fields given to <c>disclosurePreview</c> and the preview's
/// <c>hash</c> as <c>shownHash</c> (DISCLOSURE_PREVIEW_CHANGED when the masked record is no longer that one);
/// <c>restrictionEnds</c> (yyyy-MM-dd) for a ban whose end may lengthen the display period.
/// </summary>
[Name("PublishDisclosureInput")]
public sealed class PublishDisclosureInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public string ShownHash { get; set; } = "";

    /// <summary>执法结论 in other words; null keeps the decision's.</summary>
    public string? Conclusion { get; set; }

    public string? Basis { get; set; }

    public string? Facts { get; set; }

    /// <summary>Names of people other than the party to hide in the text.</summary>
    public IReadOnlyList<string>? OtherNames { get; set; }

    public string? RestrictionEnds { get; set; }
}
