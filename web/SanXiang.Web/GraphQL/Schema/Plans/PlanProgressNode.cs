using GraphQL;
using SanXiang.Domain.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>
/// A plan's progress: deliverables approved and overdue; 台账完成率 = tasksComplete / tasks, where a task is complete when
/// done with evidence or, if long-term, reported this half-year.
/// </summary>
[Name("PlanProgress")]
public sealed class PlanProgressNode(PlanProgress progress)
{
    public int Deliverables => progress.Deliverables;

    public int DeliverablesApproved => progress.DeliverablesApproved;

    public int DeliverablesOverdue => progress.DeliverablesOverdue;

    public int Tasks => progress.Tasks;

    public int TasksComplete => progress.TasksComplete;

    public int TasksOverdue => progress.TasksOverdue;
}
