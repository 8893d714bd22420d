using GraphQL;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("Plan")]
public sealed class PlanNode(ImplementationPlan plan)
{
    public string Title => plan.Title;

    public string? DocumentNumber => plan.DocumentNumber;

    public IEnumerable<PlanPhaseNode> Phases => plan.Phases.Select(p => new PlanPhaseNode(p));

    public IEnumerable<DeliverableNode> Deliverables => plan.Deliverables.Select(d => new DeliverableNode(d));

    public IEnumerable<LedgerTaskNode> LedgerTasks => plan.LedgerTasks.Select(t => new LedgerTaskNode(t));
}
