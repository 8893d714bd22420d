using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A piece of evidence (证据) gathered on a step.</summary>
[Name("CaseEvidence")]
public sealed class CaseEvidenceNode(string tenantId, string caseId, CaseEvidenceView evidence)
{
    [Id]
    public string StepId => evidence.StepId;

    public string Description => evidence.Description;

    public string AddedBy => evidence.AddedBy;

    public string AddedAt => IsoTime.Format(evidence.AddedAt);

    public CaseFileNode File => new(tenantId, caseId, evidence.File);
}
