namespace SanXiang.Silo.Plans;

/// <summary>Something in <see cref="TenantId"/>'s roll-out changed (a filing, an answer, a report, a new plan) at <see cref="At"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record RolloutChange([property: Id(0)] string TenantId, [property: Id(1)] DateTimeOffset At);
