using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using SanXiang.Domain.Accounts;
using SanXiang.Domain.Text;
using SanXiang.Silo.Accounts;

namespace SanXiang.Web.Auth;

/// <summary>
/// Signs in at either front door (the console's form and the API's <c>login</c>): the client
/// address's budget of wrong passwords first (<see cref="SignInThrottle"/>), then the account's
/// own lockout and password check, which opens a session on success. Issues what each door needs:
/// a cookie principal or a bearer token, both carrying the session.
/// </summary>
public sealed class AccountSignIn(IGrainFactory grains, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock, SignInThrottle throttle)
{
    /// <summary>How long a console session lasts at most, however often its sliding cookie is renewed: a working day and its evening.</summary>
    public static readonly TimeSpan ConsoleSessionLifetime = TimeSpan.FromHours(12);

    // Longer than any password the policy lets anyone set; a longer one is not hashed at all.
    private const int MaxPasswordLength = 2 * PasswordPolicy.MaximumLength;

    public async Task<SignInAttempt> SignInAsync(string? userName, string? password, SessionKind kind, IPAddress? client)
    {
        if (throttle.IsBlocked(client))
        {
            return new SignInAttempt(null, null, null, SignInRefusal.TooManyAttempts, null);
        }

        SignInAttempt attempt;
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)
            || !TextInput.Check(TextFields.UserName, userName).IsAccepted || password.Length > MaxPasswordLength)
        {
            attempt = new SignInAttempt(null, null, null, SignInRefusal.WrongPassword, null);
        }
        else
        {
            var lifetime = kind == SessionKind.Api ? bearerOptions.Get(BearerTokenDefaults.AuthenticationScheme).BearerTokenExpiration : ConsoleSessionLifetime;
            attempt = await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).SignInAsync(password, kind, lifetime);
        }

        if (attempt.Refusal is SignInRefusal.WrongPassword or SignInRefusal.Locked)
        {
            throttle.RecordFailure(client);
        }

        return attempt;
    }

    /// <summary>False when the current password is wrong; a new password the policy refuses throws <c>VALIDATION_FAILED</c>. Every session of the user ends.</summary>
    public Task<bool> ChangePasswordAsync(string userName, string currentPassword, string newPassword) =>
        grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).ChangePasswordAsync(currentPassword, newPassword);

    /// <summary>Ends the session the user signed in with (sign-out); nothing to do for a user without one.</summary>
    public async Task EndSessionAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userName && user.SessionId() is { } session)
        {
            await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).EndSessionAsync(session);
        }
    }

    /// <summary>Ends every other session of the user (other browsers, other tokens); returns how many ended.</summary>
    public async Task<int> EndOtherSessionsAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userName && user.SessionId() is { } session
            ? await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).EndOtherSessionsAsync(session)
            : 0;
    }

    public (string Token, DateTimeOffset ExpiresAt) IssueBearerToken(SignInAttempt signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var options = bearerOptions.Get(BearerTokenDefaults.AuthenticationScheme);
        var expiresAt = signIn.Session?.ExpiresAt ?? clock.GetUtcNow() + options.BearerTokenExpiration;
        var properties = new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt };
        var ticket = new AuthenticationTicket(AccountPrincipal.Create(signIn, BearerTokenDefaults.AuthenticationScheme), properties, BearerTokenDefaults.AuthenticationScheme);
        return (options.BearerTokenProtector.Protect(ticket), expiresAt);
    }
}
