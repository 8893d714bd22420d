using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using SanXiang.Silo.Accounts;

namespace SanXiang.Web.Auth;

/// <summary>Checks a user name and password and issues what each front door needs: a cookie principal or a bearer token.</summary>
public sealed class AccountSignIn(IGrainFactory grains, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock)
{
    /// <summary>The account, or null for a wrong user name or password alike (no hint which part was wrong).</summary>
    public async Task<Account?> CheckAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        return await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).VerifyPasswordAsync(password);
    }

    /// <summary>False when the current password is wrong; a new password the policy refuses throws <c>VALIDATION_FAILED</c>.</summary>
    public Task<bool> ChangePasswordAsync(string userName, string currentPassword, string newPassword) =>
        grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).ChangePasswordAsync(currentPassword, newPassword);

    public (string Token, DateTimeOffset ExpiresAt) IssueBearerToken(Account account)
    {
        var options = bearerOptions.Get(BearerTokenDefaults.AuthenticationScheme);
        var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
        var properties = new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt };
        var ticket = new AuthenticationTicket(AccountPrincipal.Create(account, BearerTokenDefaults.AuthenticationScheme), properties, BearerTokenDefaults.AuthenticationScheme);
        return (options.BearerTokenProtector.Protect(ticket), expiresAt);
    }
}
