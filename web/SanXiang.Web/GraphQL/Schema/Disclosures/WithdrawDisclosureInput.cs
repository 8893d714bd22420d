using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>Withdraws a published decision with the reason the public reads and the day it was changed, revoked, found illegal or void (yyyy-MM-dd).</summary>
[Name("WithdrawDisclosureInput")]
public sealed class WithdrawDisclosureInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public string Reason { get; set; } = "";

    public string GroundsOn { get; set; } = "";
}
