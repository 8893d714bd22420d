using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using SanXiang.Silo.Host;

namespace SanXiang.Web.Auth;

public static class AuthExtensions
{
    /// <summary>The scheme that picks cookie (console) or bearer token (API) per request.</summary>
    public const string Scheme = "SanXiang";

    /// <summary>Cookie sign-in for the console, bearer tokens for the API, keys kept in the data directory so both survive a restart.</summary>
    public static WebApplicationBuilder AddSanXiangAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions();
        builder.Services.AddDataProtection()
            .SetApplicationName("SanXiang")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.FullDataDir, "keys")));

        builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "sanxiang";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => RedirectOrStatusAsync(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => RedirectOrStatusAsync(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8));

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<SignInThrottleOptions>(builder.Configuration.GetSection(SignInThrottleOptions.Section));
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<AccountSignIn>();
        builder.Services.AddSingleton<SessionCheck>();
        builder.Services.AddSingleton<IClaimsTransformation>(services => services.GetRequiredService<SessionCheck>());
        builder.Services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        builder.Services.AddSingleton<TenantAccess>();
        return builder;
    }

    // The API answers 401/403 with a status; only the console redirects to the sign-in page.
    private static Task RedirectOrStatusAsync(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
