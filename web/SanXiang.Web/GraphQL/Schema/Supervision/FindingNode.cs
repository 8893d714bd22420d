using GraphQL;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Supervision;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>
/// A 监督线索: the problem model that found it (<c>model</c>, <c>modelName</c>, the rule it cites as <c>basis</c>), the
/// agency, what it points at (<c>caseId</c>, <c>officerId</c>, or the agency's ledger), the evidence in Chinese, where it
/// stands (<c>state</c>), the dismissal when a supervisor set it aside and the conversion when it was turned into a
/// rectification task. <c>id</c> is stable: a rectification cites it.
/// </summary>
[Name("Finding")]
public sealed class FindingNode(Finding finding)
{
    [Id]
    public string Id => finding.Id;

    public string Model => finding.ModelId;

    public string ModelName => finding.ModelName;

    public string Basis => finding.Basis;

    [Id]
    public string TenantId => finding.TenantId;

    public string AgencyName => finding.AgencyName;

    public FindingSubject Subject => finding.Subject;

    [Id]
    public string? CaseId => finding.CaseId;

    /// <summary>The officer's normalised certificate number, for an officer acting on the case.</summary>
    [Id]
    public string? OfficerId => finding.OfficerId;

    public string Evidence => finding.Evidence;

    public FindingState State => finding.State;

    public FindingDismissalNode? Dismissal => finding.Dismissal is { } d ? new FindingDismissalNode(d) : null;

    public FindingConversionNode? Conversion => finding.Conversion is { } c ? new FindingConversionNode(c) : null;
}
