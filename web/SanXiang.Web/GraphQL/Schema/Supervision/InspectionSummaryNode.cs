using GraphQL;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Silo.Supervision;
using SanXiang.Web.GraphQL.Schema.Cases;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

[Name("InspectionSummary")]
public sealed class InspectionSummaryNode(InspectionSummary summary, Func<string, string> agencyName)
{
    public string Id => summary.Id;

    [Id]
    public string DepartmentId => summary.DepartmentId;

    public string Department => agencyName(summary.DepartmentId);

    [Id]
    public string AgencyId => summary.AgencyId;

    public string Agency => agencyName(summary.AgencyId);

    public string Title => summary.Title;

    public int PassingMark => summary.PassingMark;

    public string OpenedAt => IsoTime.Format(summary.OpenedAt);

    public int Files => summary.Files;

    public int FilesPassed => summary.FilesPassed;

    public int Findings => summary.Findings;
}
