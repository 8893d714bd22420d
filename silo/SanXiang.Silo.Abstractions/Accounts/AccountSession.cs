namespace SanXiang.Silo.Accounts;

/// <summary>
/// One signed-in session. Its id and the account's security stamp travel in the cookie or bearer
/// token; every request is checked against the account (<see cref="IAccountGrain.IsSessionLiveAsync"/>),
/// so ending the session here ends it everywhere at once.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AccountSession(
    [property: Id(0)] string Id,
    [property: Id(1)] SessionKind Kind,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt);
