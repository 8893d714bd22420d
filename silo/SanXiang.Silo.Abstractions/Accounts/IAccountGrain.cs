using Orleans.Concurrency;

namespace SanXiang.Silo.Accounts;

/// <summary>
/// A sign-in account. Accounts are platform-wide (one person may hold roles in several agencies),
/// so the key is <c>platform/{userName}</c>. Wrong passwords count toward a progressive lockout
/// (<c>SanXiang.Domain.Accounts.SignInLockout</c>) whichever method checks them.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    Task<Account?> GetAsync();

    /// <summary>Creates the account; fails with <c>CONFLICT</c> if it exists.</summary>
    Task<Account> CreateAsync(string displayName, string password, bool isPlatformAdmin, IReadOnlyList<Membership> memberships);

    /// <summary>The account if the password is right and the account neither locked nor deactivated; null otherwise, and for an account that does not exist.</summary>
    Task<Account?> VerifyPasswordAsync(string password);

    /// <summary>Checks the password and, when it is right, opens a session of <paramref name="lifetime"/>.</summary>
    Task<SignInAttempt> SignInAsync(string password, SessionKind kind, TimeSpan lifetime);

    /// <summary>
    /// Whether a ticket of this session and security stamp may still act: the account is active,
    /// its stamp has not changed (password change, deactivation) and the session was not ended.
    /// Answers between other calls, so a request never waits behind someone's password check.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> IsSessionLiveAsync(string sessionId, string securityStamp);

    /// <summary>Ends one session (sign-out).</summary>
    Task EndSessionAsync(string sessionId);

    /// <summary>Ends every session but <paramref name="sessionId"/>; returns how many ended.</summary>
    Task<int> EndOtherSessionsAsync(string sessionId);

    /// <summary>
    /// Replaces the password when <paramref name="currentPassword"/> is right; false when it is not
    /// (or the account does not exist). A new password the policy refuses fails with <c>VALIDATION_FAILED</c>.
    /// A change renews the security stamp: every session ends, the one that made the change too.
    /// </summary>
    Task<bool> ChangePasswordAsync(string currentPassword, string newPassword);

    /// <summary>
    /// Links the account's memberships in <paramref name="tenantId"/> to the officer <paramref name="officerId"/>
    /// (the account signs in as that officer there). NOT_FOUND without an account, VALIDATION_FAILED
    /// when the account holds no role in the agency, ACCOUNT_ALREADY_LINKED when it is linked to another
    /// officer there (one account is one officer per agency); linking it again to the same officer changes nothing.
    /// </summary>
    Task<Account> LinkOfficerAsync(string tenantId, string officerId);

    /// <summary>Deactivates (every session ends, sign-in is refused) or reactivates the account.</summary>
    Task SetActiveAsync(bool active);
}
