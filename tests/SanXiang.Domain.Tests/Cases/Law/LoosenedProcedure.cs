using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

namespace SanXiang.Domain.Tests.Cases.Law;

/// <summary>The market-regulation penalty procedure with one thing changed, as a careless or hostile plugin would declare it.</summary>
internal static class LoosenedProcedure
{
    public static Procedure Penalty { get; } = new MarketRegulationPlugin().Procedures.Single(p => p.Category == EnforcementCategory.Penalty);

    public static Procedure WithStep(string stepId, Func<ProcedureStep, ProcedureStep> change) =>
        Penalty with { Steps = [.. Penalty.Steps.Select(s => s.Id == stepId ? change(s) : s)] };

    public static Procedure WithDeadline(string stepId, int index, Func<StepDeadline, StepDeadline> change) =>
        WithStep(stepId, s => s with { Deadlines = [.. s.Deadlines.Select((d, i) => i == index ? change(d) : d)] });

    public static Procedure Without(string stepId) => Penalty with { Steps = [.. Penalty.Steps.Where(s => s.Id != stepId)] };
}
