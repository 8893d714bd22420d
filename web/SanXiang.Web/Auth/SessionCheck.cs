using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using SanXiang.Silo.Accounts;

namespace SanXiang.Web.Auth;

/// <summary>
/// Every authenticated request, cookie and bearer token alike, asks the account whether its session
/// still lives (<see cref="IAccountGrain.IsSessionLiveAsync"/>): after sign-out, a password change
/// or a deactivation the same ticket reads as anonymous at once, in every web process. A ticket
/// without a session — issued before sessions were recorded — is anonymous too.
/// </summary>
public sealed class SessionCheck(IGrainFactory grains) : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return principal;
        }

        return await IsLiveAsync(principal) ? principal : Anonymous;
    }

    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userName
            && principal.FindFirstValue(SanXiangClaims.Session) is { Length: > 0 } session
            && principal.FindFirstValue(SanXiangClaims.SecurityStamp) is { Length: > 0 } stamp
            && await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).IsSessionLiveAsync(session, stamp);
    }
}
