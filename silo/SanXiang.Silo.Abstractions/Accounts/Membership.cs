namespace SanXiang.Silo.Accounts;

[GenerateSerializer, Immutable]
public sealed record Membership(
    [property: Id(0)] string TenantId,
    [property: Id(1)] TenantRole Role);
