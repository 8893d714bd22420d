using System.Security.Claims;
using SanXiang.Silo.Accounts;

namespace SanXiang.Web.Auth;

public static class AccountPrincipal
{
    /// <summary>The principal of a successful sign-in: the account's roles, and the session and stamp every request is checked against (<see cref="SessionCheck"/>).</summary>
    public static ClaimsPrincipal Create(SignInAttempt signIn, string authenticationScheme)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (signIn is not { Account: { } account, Session: { } session, SecurityStamp: { } stamp })
        {
            throw new ArgumentException("Only a sign-in that opened a session makes a principal.", nameof(signIn));
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.UserName),
            new(ClaimTypes.Name, account.DisplayName),
            new(SanXiangClaims.Session, session.Id),
            new(SanXiangClaims.SecurityStamp, stamp),
        ];
        if (account.IsPlatformAdmin)
        {
            claims.Add(new Claim(SanXiangClaims.PlatformAdmin, "true"));
        }

        claims.AddRange(account.Memberships.Select(m => new Claim(SanXiangClaims.TenantRole, $"{m.TenantId}:{m.Role}")));
        if (account.Memberships.Count > 0)
        {
            claims.Add(new Claim(SanXiangClaims.HomeTenant, account.Memberships[0].TenantId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string? SessionId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(SanXiangClaims.Session);
    }

    public static bool IsPlatformAdmin(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(SanXiangClaims.PlatformAdmin, "true");
    }

    /// <summary>The roles the user holds in <paramref name="tenantId"/> itself.</summary>
    public static IEnumerable<TenantRole> RolesIn(this ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var prefix = tenantId + ":";
        foreach (var claim in user.FindAll(SanXiangClaims.TenantRole))
        {
            if (claim.Value.StartsWith(prefix, StringComparison.Ordinal) && Enum.TryParse<TenantRole>(claim.Value[prefix.Length..], out var role))
            {
                yield return role;
            }
        }
    }

    public static IEnumerable<string> MemberTenants(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindAll(SanXiangClaims.TenantRole).Select(c => c.Value[..c.Value.LastIndexOf(':')]).Distinct(StringComparer.Ordinal);
    }
}
