using GraphQL;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>专项监督检查 with its evaluated case files, findings and rectification tasks.</summary>
[Name("Inspection")]
public sealed class InspectionNode(InspectionStanding standing)
{
    public string Id => standing.Inspection.Id;

    [Id]
    public string DepartmentId => standing.Inspection.DepartmentId;

    public string Department => standing.AgencyName(standing.Inspection.DepartmentId);

    [Id]
    public string AgencyId => standing.Inspection.AgencyId;

    public string Agency => standing.AgencyName(standing.Inspection.AgencyId);

    public string Title => standing.Inspection.Title;

    public int PassingMark => standing.Inspection.PassingMark;

    public string OpenedAt => IsoTime.Format(standing.Inspection.OpenedAt);

    public string OpenedBy => standing.PersonName(standing.Inspection.OpenedBy);

    public IEnumerable<CaseFileEvaluationNode> Evaluations => standing.Inspection.Evaluations.Select(e => new CaseFileEvaluationNode(e, standing));

    public IEnumerable<InspectionFindingNode> Findings => standing.Inspection.Findings.Select(f => new InspectionFindingNode(f, standing));

    public IEnumerable<RectificationNode> Rectifications => standing.Inspection.Rectifications.Select(r => new RectificationNode(r, standing));
}
