using SanXiang.Silo.Plans;

namespace SanXiang.Web.Onboarding;

/// <summary>A plan a new agency may adopt: a seed agency's implementation plan (<see cref="Id"/> is that agency's id).</summary>
public sealed record PlanTemplateInfo(string Id, string AgencyName, ImplementationPlan Plan)
{
    /// <summary>How the console names it: the plan's title, whose agency it is, and what it holds.</summary>
    public string Label => $"{Plan.Title}（{AgencyName}；{Plan.Phases.Count} 个阶段、{Plan.Deliverables.Count} 项报送材料、{Plan.LedgerTasks.Count} 项台账任务）";
}
