using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace SanXiang.Web.Auth;

/// <summary>
/// A console circuit keeps the user it started with; this asks again every half minute, so that a
/// browser whose session ended elsewhere (sign-out in another tab, a password change, deactivation)
/// stops acting within that time and is sent to sign in.
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory loggers, SessionCheck sessions) : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        return authenticationState.User.Identity?.IsAuthenticated == true
            ? sessions.IsLiveAsync(authenticationState.User)
            : Task.FromResult(true);
    }
}
