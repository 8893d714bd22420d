using System.Security.Claims;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Accounts;

public static class ChangePasswordMutation
{
    public static async Task<bool> ChangeAsync(AccountSignIn signIn, GraphQLUserContext caller, string currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(caller);
        var userName = caller.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new SanXiangException(ErrorCodes.Unauthenticated, "请先登录。");
        return await signIn.ChangePasswordAsync(userName, currentPassword, newPassword)
            ? true
            : throw new SanXiangException(ErrorCodes.InvalidCredentials, "当前密码错误。");
    }
}
