using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using SanXiang.Silo.Accounts;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Components.Account;

/// <summary>
/// The sign-in and sign-out forms post here rather than to <c>/login</c> and <c>/logout</c>, because
/// the Razor components at those paths already answer POST for their own form handling. Antiforgery
/// is checked by the framework for every form-bound endpoint; sign-out binds no form field, so it
/// checks the token itself.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/login";

    public const string SignOutPath = "/account/logout";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignInPath, SignInAsync).AllowAnonymous();
        endpoints.MapPost(SignOutPath, SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        AccountSignIn signIn,
        HttpContext context)
    {
        var target = LocalReturnUrl.OrHome(returnUrl);
        var attempt = await signIn.SignInAsync(userName, password, SessionKind.Console, context.Connection.RemoteIpAddress);
        if (!attempt.Succeeded)
        {
            // Same answer for an unknown user and a wrong password: no hint which part was wrong.
            // A lock or a throttled address says so, with how long to wait.
            return Results.LocalRedirect($"/login?{LoginError.QueryFor(attempt)}&returnUrl={Uri.EscapeDataString(target)}");
        }

        var principal = AccountPrincipal.Create(attempt, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Results.LocalRedirect(target);
    }

    // The antiforgery middleware only records its verdict (this endpoint's metadata asks it to): a
    // POST without the token — text/plain from a page on a sibling domain, whose requests carry the
    // Lax cookie — reaches the endpoint unless the endpoint looks at the verdict.
    private static async Task<IResult> SignOutAsync(HttpContext context, AccountSignIn signIn)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return Results.Text("退出登录须从本平台的页面提交（缺少或无效的防伪令牌）。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        await signIn.EndSessionAsync(context.User);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/login");
    }
}
