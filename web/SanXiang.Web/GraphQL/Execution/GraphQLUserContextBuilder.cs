using SanXiang.Tenancy;
using SanXiang.Tenancy.Context;
using SanXiang.Tenancy.Strategies;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>Builds the per-request context from the authenticated user and the tenant the middleware resolved.</summary>
public sealed class GraphQLUserContextBuilder(ITenantContextAccessor<SanXiangTenantInfo> tenants)
{
    public GraphQLUserContext Build(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);

        // Only an explicit header binds the request to a tenant; the claim strategy's home tenant
        // must not stop a supervisor from reading the agencies below it.
        var tenant = tenants.TenantContext is { Strategy: nameof(HeaderStrategy) } context ? context.TenantInfo.Id : null;
        return new GraphQLUserContext(http.User, tenant, http.Connection.RemoteIpAddress);
    }
}
