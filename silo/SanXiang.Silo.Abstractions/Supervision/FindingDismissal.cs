namespace SanXiang.Silo.Supervision;

/// <summary>忽略: who set a finding aside, when, and why; kept, so that the finding stays dismissed.</summary>
[GenerateSerializer, Immutable]
public sealed record FindingDismissal(
    [property: Id(0)] string Reason,
    [property: Id(1)] string DismissedBy,
    [property: Id(2)] DateTimeOffset DismissedAt);
