using GraphQL;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>A rectification task as the read model lists it; its history is on <c>inspection</c>.</summary>
[Name("RectificationSummary")]
public sealed class RectificationSummaryNode(RectificationSummary task, RectificationListing listing)
{
    [Id]
    public string DepartmentId => task.DepartmentId;

    public string Department => listing.AgencyName(task.DepartmentId);

    public string InspectionId => task.InspectionId;

    public string TaskId => task.TaskId;

    [Id]
    public string ResponsibleAgencyId => task.ResponsibleAgencyId;

    public string ResponsibleAgency => listing.AgencyName(task.ResponsibleAgencyId);

    public string Problem => task.Problem;

    public string Deadline => IsoDate.Format(task.Deadline);

    public RectificationState State => task.State;

    public bool Overdue => task.IsOverdue(listing.Today);
}
