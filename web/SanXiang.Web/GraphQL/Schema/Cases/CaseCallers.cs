using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Cases;

public static class CaseCallers
{
    /// <summary>The case service's view of a GraphQL caller: the user and the <c>X-SanXiang-Tenant</c> they work in.</summary>
    public static CaseCaller From(GraphQLUserContext caller)
    {
        Callers.RequireSignedIn(caller);
        return new CaseCaller(caller.User, caller.HeaderTenantId);
    }
}
