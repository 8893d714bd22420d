using GraphQL;
using SanXiang.Web.Onboarding;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

/// <summary>A plan an onboarded agency may adopt: a seed agency's plan; <c>id</c> is what <c>importAgencies</c> takes as <c>planTemplate</c>.</summary>
[Name("PlanTemplate")]
public sealed class PlanTemplateNode(PlanTemplateInfo template)
{
    [Id]
    public string Id => template.Id;

    public string Agency => template.AgencyName;

    public string Title => template.Plan.Title;

    public int Phases => template.Plan.Phases.Count;

    public int Deliverables => template.Plan.Deliverables.Count;

    public int LedgerTasks => template.Plan.LedgerTasks.Count;
}
