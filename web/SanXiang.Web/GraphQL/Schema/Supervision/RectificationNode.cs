using GraphQL;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Domain.Supervision;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>整改任务 with its whole history; overdue counted on today's Beijing date.</summary>
[Name("Rectification")]
public sealed class RectificationNode(Rectification task, InspectionStanding standing)
{
    public string Id => task.Id;

    /// <summary>The inspection holding the task, of the department <c>departmentId</c>.</summary>
    public string InspectionId => standing.Inspection.Id;

    [Id]
    public string DepartmentId => standing.Inspection.DepartmentId;

    public string? FindingId => task.FindingId;

    public string Problem => task.Problem;

    [Id]
    public string ResponsibleAgencyId => task.ResponsibleAgencyId;

    public string ResponsibleAgency => standing.AgencyName(task.ResponsibleAgencyId);

    public string StartedOn => IsoDate.Format(task.StartedOn);

    public string Deadline => IsoDate.Format(task.Deadline);

    public int WorkingDays => task.WorkingDays;

    public RectificationState State => task.State;

    public bool Overdue => task.IsOverdue(standing.Today);

    public IEnumerable<RectificationActionNode> History => task.Actions.Select(a => new RectificationActionNode(a, standing));
}
