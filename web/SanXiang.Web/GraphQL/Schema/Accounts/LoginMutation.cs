using System.Globalization;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;

namespace SanXiang.Web.GraphQL.Schema.Accounts;

public static class LoginMutation
{
    public static async Task<LoginPayload> LoginAsync(AccountSignIn signIn, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(signIn);

        // One message for a wrong user name and a wrong password alike, so the answer does not
        // tell an attacker which user names exist.
        var account = await signIn.CheckAsync(username, password)
            ?? throw new SanXiangException(ErrorCodes.InvalidCredentials, "用户名或密码错误。");
        var (token, expiresAt) = signIn.IssueBearerToken(account);
        return new LoginPayload(token, expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }
}
