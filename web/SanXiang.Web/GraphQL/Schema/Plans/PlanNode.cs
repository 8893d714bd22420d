using GraphQL;
using SanXiang.Web.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("Plan")]
public sealed class PlanNode(PlanStanding standing)
{
    public string Title => standing.Record.Plan.Title;

    public string? DocumentNumber => standing.Record.Plan.DocumentNumber;

    public IEnumerable<PlanPhaseNode> Phases => standing.Record.Plan.Phases.Select(p => new PlanPhaseNode(p));

    public IEnumerable<DeliverableNode> Deliverables => standing.Record.Plan.Deliverables.Select(d => new DeliverableNode(d, standing));

    public IEnumerable<LedgerTaskNode> LedgerTasks => standing.Record.Plan.LedgerTasks.Select(t => new LedgerTaskNode(t, standing));

    /// <summary>Counted on today's Beijing date from filings, answers and reports.</summary>
    public PlanProgressNode Progress => new(standing.Progress);
}
