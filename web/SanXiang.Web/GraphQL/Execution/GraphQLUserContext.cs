using System.Security.Claims;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// What a resolver may know about the request: who is asking and, when the client named one with
/// the <c>X-SanXiang-Tenant</c> header, the tenant it works in.
/// </summary>
public sealed class GraphQLUserContext(ClaimsPrincipal user, string? headerTenantId) : Dictionary<string, object?>
{
    public ClaimsPrincipal User { get; } = user;

    public string? HeaderTenantId { get; } = headerTenantId;

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;
}
