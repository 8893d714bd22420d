using SanXiang.Domain.Errors;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema;

public static class Callers
{
    /// <summary>Second line behind <see cref="SignInRequiredRule"/>, for resolvers reached some other way.</summary>
    public static void RequireSignedIn(GraphQLUserContext caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsSignedIn)
        {
            throw new SanXiangException(ErrorCodes.Unauthenticated, "请先登录。");
        }
    }
}
