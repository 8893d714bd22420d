namespace SanXiang.Silo.Supervision;

/// <summary>A problem model an agency switched off in its own lists and those of the agencies below it: who did, when, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record ModelSwitch(
    [property: Id(0)] string TenantId,
    [property: Id(1)] string ModelId,
    [property: Id(2)] string Reason,
    [property: Id(3)] string SwitchedBy,
    [property: Id(4)] DateTimeOffset SwitchedAt);
