using Microsoft.Extensions.Options;

namespace SanXiang.Web.Portal;

/// <summary>
/// The portal's pages are the same for everyone, so browsers and shared caches may keep them briefly. Blazor's endpoint
/// hands every visitor an antiforgery cookie, which a cached page must not carry to the next one; the portal posts no
/// form, so the cookie is dropped from its answers. Any other cookie (a signed-in visitor's session renewed on the way)
/// makes the answer private and uncached instead.
/// </summary>
public static class PortalCaching
{
    private const string AntiforgeryCookie = ".AspNetCore.Antiforgery.";

    /// <summary>Registered before the endpoint runs, so this callback runs after every one the endpoint registers and has the last word.</summary>
    public static IApplicationBuilder UseSanXiangPortalCaching(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(PortalUrls.Directory, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use((context, next) =>
            {
                var seconds = (int)context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.CacheFor.TotalSeconds;
                context.Response.OnStarting(() =>
                {
                    Apply(context.Response, seconds);
                    return Task.CompletedTask;
                });
                return next(context);
            }));
    }

    public static void Apply(HttpResponse response, int seconds)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        var cookies = headers.SetCookie.Where(c => c is not null && !c.StartsWith(AntiforgeryCookie, StringComparison.Ordinal)).ToArray();
        headers.SetCookie = cookies;
        if (cookies.Length > 0)
        {
            headers.CacheControl = "private, no-store";
            return;
        }

        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status404NotFound)
        {
            headers.CacheControl = $"public, max-age={seconds}";
            headers.Remove("Pragma");
            headers.Remove("Expires");
        }
    }
}
