namespace SanXiang.Silo.Accounts;

/// <summary>A person who signs in. Holds no password: that stays inside the grain.</summary>
[GenerateSerializer, Immutable]
public sealed record Account(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] bool IsPlatformAdmin,
    [property: Id(3)] IReadOnlyList<Membership> Memberships);
