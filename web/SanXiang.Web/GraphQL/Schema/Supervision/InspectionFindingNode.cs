using GraphQL;
using SanXiang.Domain.Supervision;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

[Name("InspectionFinding")]
public sealed class InspectionFindingNode(InspectionFinding finding, InspectionStanding standing)
{
    public string Id => finding.Id;

    public string Text => finding.Text;

    /// <summary>The evaluation of the case file it was found in, if any.</summary>
    public string? EvaluationId => finding.EvaluationId;

    public string At => IsoTime.Format(finding.At);

    public string By => standing.PersonName(finding.By);
}
