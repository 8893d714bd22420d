using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Accounts;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Tests.GraphQL;

/// <summary>
/// Stands in for the console's sign-in page, which lives on another branch: <c>POST /test/sign-in</c>
/// sets the same cookie the console would, so that tests can show GraphiQL's way in (the cookie) works.
/// </summary>
public sealed class CookieSignInFilter : IStartupFilter
{
    public const string Path = "/test/sign-in";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // Not app.Map: that would move PathBase and so scope the cookie to this path alone.
        app.Use(async (http, nextMiddleware) =>
        {
            if (http.Request.Path != Path)
            {
                await nextMiddleware(http);
                return;
            }

            var signIn = http.RequestServices.GetRequiredService<AccountSignIn>();
            var attempt = await signIn.SignInAsync(http.Request.Query["user"], http.Request.Query["password"], SessionKind.Console, http.Connection.RemoteIpAddress);
            if (!attempt.Succeeded)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.Create(attempt, CookieAuthenticationDefaults.AuthenticationScheme));
        });
        next(app);
    };
}
