using SanXiang.Tenancy.Strategies;

namespace SanXiang.Web.Auth;

/// <summary>Claim types the console and the API put on a signed-in user.</summary>
public static class SanXiangClaims
{
    public const string PlatformAdmin = "sx:platform-admin";

    /// <summary>One claim per membership: <c>{tenantId}:{TenantRole}</c>.</summary>
    public const string TenantRole = "sx:role";

    /// <summary>The user's home tenant (first membership), used by the claim strategy.</summary>
    public const string HomeTenant = ClaimStrategy.ClaimType;

    /// <summary>The session the cookie or token belongs to (<see cref="Silo.Accounts.AccountSession"/>).</summary>
    public const string Session = "sx:sid";

    /// <summary>The account's security stamp when the session began; a password change or deactivation renews it.</summary>
    public const string SecurityStamp = "sx:stamp";
}
