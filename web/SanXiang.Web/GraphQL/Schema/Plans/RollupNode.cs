using SanXiang.Domain.Supervision;
using GraphQL;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>The roll-out of every agency below a department, at any depth, counted today from the read model.</summary>
[Name("Rollup")]
public sealed class RollupNode(PlanRollup rollup)
{
    /// <summary>The day counted (yyyy-MM-dd, China).</summary>
    public string Day => IsoDate.Format(rollup.Day);

    public int Descendants => rollup.Descendants;

    public int AgenciesWithPlan => rollup.AgenciesWithPlan;

    public int AgenciesWithOverdue => rollup.AgenciesWithOverdue;

    /// <summary>按期完成率 (see <c>indicators</c>); null when nothing was due yet.</summary>
    public double? OnTimeRate => rollup.Indicators.Single(i => i.Id == RolloutIndicators.OnTime).Value;

    public int OverdueTasks => rollup.TasksOverdue;

    public int OverdueDeliverables => rollup.DeliverablesOverdue;

    public IEnumerable<IndicatorNode> Indicators => rollup.Indicators.Select(i => new IndicatorNode(i));

    /// <summary>How many agencies are in each phase today.</summary>
    public IEnumerable<PhaseCountNode> Phases => rollup.Phases.Select(p => new PhaseCountNode(p));
}
