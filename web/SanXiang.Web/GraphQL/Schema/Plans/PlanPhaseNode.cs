using GraphQL;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("PlanPhase")]
public sealed class PlanPhaseNode(PlanPhase phase)
{
    public string Name => phase.Name;

    /// <summary>yyyy-MM-dd.</summary>
    public string Start => IsoDate.Format(phase.Start);

    /// <summary>yyyy-MM-dd; null for a phase the plan leaves open.</summary>
    public string? End => IsoDate.Format(phase.End);

    public string? Summary => phase.Summary;
}
