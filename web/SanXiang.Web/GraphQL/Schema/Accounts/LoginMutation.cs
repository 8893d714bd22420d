using System.Globalization;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Accounts;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Accounts;

public static class LoginMutation
{
    public static async Task<LoginPayload> LoginAsync(AccountSignIn signIn, GraphQLUserContext caller, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(caller);

        // One message for a wrong user name and a wrong password alike, so the answer does not
        // tell an attacker which user names exist; a lock says how long it lasts (ACCOUNT_LOCKED).
        var attempt = await signIn.SignInAsync(username, password, SessionKind.Api, caller.ClientAddress);
        if (!attempt.Succeeded)
        {
            throw SignInRefusals.Exception(attempt);
        }

        var (token, expiresAt) = signIn.IssueBearerToken(attempt);
        return new LoginPayload(token, expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }
}
