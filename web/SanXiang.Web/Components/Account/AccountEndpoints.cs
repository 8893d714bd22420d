using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Components.Account;

/// <summary>
/// The sign-in and sign-out forms post here rather than to <c>/login</c> and <c>/logout</c>, because
/// the Razor components at those paths already answer POST for their own form handling. Antiforgery is checked by the
/// framework for every form-bound endpoint.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/login";

    public const string SignOutPath = "/account/logout";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignInPath, SignInAsync).AllowAnonymous();
        // Sign-out posts no form fields, so the framework would not check antiforgery by itself.
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
        var account = await signIn.CheckAsync(userName, password);
        if (account is null)
        {
            // Same answer for an unknown user and a wrong password: no hint which part was wrong.
            return Results.LocalRedirect($"/login?error=1&returnUrl={Uri.EscapeDataString(target)}");
        }

        var principal = AccountPrincipal.Create(account, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Results.LocalRedirect(target);
    }

    private static async Task SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        context.Response.Redirect("/login");
    }
}
