using SanXiang.Domain.Supervision;

namespace SanXiang.Silo.Supervision;

/// <summary>A rectification task as its list shows it (<c>rectification_tasks</c>); the full history is the inspection grain's.</summary>
[GenerateSerializer, Immutable]
public sealed record RectificationSummary(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] string InspectionId,
    [property: Id(2)] string TaskId,
    [property: Id(3)] string ResponsibleAgencyId,
    [property: Id(4)] string Problem,
    [property: Id(5)] DateOnly Deadline,
    [property: Id(6)] RectificationState State,
    [property: Id(7)] DateOnly? OverdueFrom)
{
    public bool IsOverdue(DateOnly today) => OverdueFrom <= today;
}
