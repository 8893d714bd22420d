namespace SanXiang.Silo.Plans;

/// <summary>How many agencies below a department are in a phase of that name on the rollup's day.</summary>
[GenerateSerializer, Immutable]
public sealed record PhaseCount([property: Id(0)] string Name, [property: Id(1)] int Agencies);
