namespace SanXiang.Silo.Accounts;

/// <summary>
/// A sign-in account. Accounts are platform-wide (one person may hold roles in several agencies),
/// so the key is <c>platform/{userName}</c>.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    Task<Account?> GetAsync();

    /// <summary>Creates the account; fails with <c>CONFLICT</c> if it exists.</summary>
    Task<Account> CreateAsync(string displayName, string password, bool isPlatformAdmin, IReadOnlyList<Membership> memberships);

    /// <summary>The account if the password is right; null otherwise, and for an account that does not exist.</summary>
    Task<Account?> VerifyPasswordAsync(string password);

    /// <summary>
    /// Replaces the password when <paramref name="currentPassword"/> is right; false when it is not
    /// (or the account does not exist). A new password the policy refuses fails with <c>VALIDATION_FAILED</c>.
    /// </summary>
    Task<bool> ChangePasswordAsync(string currentPassword, string newPassword);
}
