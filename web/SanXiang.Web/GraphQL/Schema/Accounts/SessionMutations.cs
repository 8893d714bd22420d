using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Accounts;

public static class SessionMutations
{
    public static async Task<bool> LogoutAsync(AccountSignIn signIn, GraphQLUserContext caller)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        Callers.RequireSignedIn(caller);
        await signIn.EndSessionAsync(caller.User);
        return true;
    }

    public static Task<int> EndOtherSessionsAsync(AccountSignIn signIn, GraphQLUserContext caller)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        Callers.RequireSignedIn(caller);
        return signIn.EndOtherSessionsAsync(caller.User);
    }

    public static async Task<bool> SetAccountActiveAsync(IGrainFactory grains, GraphQLUserContext caller, string username, bool active)
    {
        ArgumentNullException.ThrowIfNull(grains);
        Callers.RequireSignedIn(caller);
        if (!caller.User.IsPlatformAdmin())
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有平台管理员可以停用或启用账户。");
        }

        if (string.IsNullOrWhiteSpace(username))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "请填写用户名。");
        }

        await grains.GetGrain<IAccountGrain>(AccountKey.For(username)).SetActiveAsync(active);
        return active;
    }
}
