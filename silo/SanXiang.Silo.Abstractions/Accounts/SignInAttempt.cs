namespace SanXiang.Silo.Accounts;

/// <summary>
/// What a sign-in came to: the account, its new session and the security stamp to put in the
/// ticket; or the refusal, with the Chinese reason when it is a lock and the time until it ends.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SignInAttempt(
    [property: Id(0)] Account? Account,
    [property: Id(1)] AccountSession? Session,
    [property: Id(2)] string? SecurityStamp,
    [property: Id(3)] SignInRefusal Refusal,
    [property: Id(4)] string? Reason,
    [property: Id(5)] TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Refusal == SignInRefusal.None;
}
