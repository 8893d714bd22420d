using System.Net;
using System.Security.Claims;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// What a resolver may know about the request: who is asking and, when the client named one with
/// the <c>X-SanXiang-Tenant</c> header, the tenant it works in; and the client's address, which
/// sign-in counts wrong passwords by.
/// </summary>
public sealed class GraphQLUserContext(ClaimsPrincipal user, string? headerTenantId, IPAddress? clientAddress = null) : Dictionary<string, object?>
{
    public IPAddress? ClientAddress { get; } = clientAddress;

    public ClaimsPrincipal User { get; } = user;

    public string? HeaderTenantId { get; } = headerTenantId;

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;
}
