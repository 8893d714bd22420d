using System.Security.Claims;

namespace SanXiang.Web.Cases;

/// <summary>
/// Who asks, and the tenant the request works in when the client named one (the API's
/// <c>X-SanXiang-Tenant</c>); the console passes only the user. Grain calls run on behalf of the
/// working tenant, else of the case's, so the silo's guard refuses a request that works in one
/// tenant and reads another.
/// </summary>
public sealed record CaseCaller(ClaimsPrincipal User, string? WorkingTenantId = null)
{
    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>The account's user name (the name identifier), which events record as their actor.</summary>
    public string UserName => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user without a name identifier.");
}
