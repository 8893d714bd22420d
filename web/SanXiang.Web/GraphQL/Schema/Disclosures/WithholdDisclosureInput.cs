using GraphQL;
using SanXiang.Domain.Disclosures;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>Records that a decision is not to be published: STATE_SECRET, TRADE_SECRET, PERSONAL_PRIVACY or MINOR, with the reason.</summary>
[Name("WithholdDisclosureInput")]
public sealed class WithholdDisclosureInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public DisclosureBar Bar { get; set; }

    public string Reason { get; set; } = "";
}
