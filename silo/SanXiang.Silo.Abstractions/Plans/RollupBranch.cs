namespace SanXiang.Silo.Plans;

/// <summary>
/// One agency directly below a department, counted together with every agency below it: the rollup's drill-down. Here
/// <see cref="PlanRollup.Descendants"/> is the number of agencies counted (the agency itself and those below it), and
/// <see cref="PlanRollup.DepartmentName"/> the agency's name.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RollupBranch([property: Id(0)] string AgencyId, [property: Id(1)] PlanRollup Rollup);
