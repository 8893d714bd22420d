using Microsoft.Extensions.Options;

namespace SanXiang.Web.Portal;

/// <summary>
/// The portal's pages are the same for everyone, so browsers and shared caches may keep them briefly. Blazor's endpoint
/// hands every visitor an antiforgery cookie, which a cached page must not carry to the next one; the portal posts no
/// form, so the cookie is dropped from its answers. Any other cookie (a signed-in visitor's session renewed on the way)
/// makes the answer private and uncached instead.
/// </summary>
public static class PortalPipeline
{
    private const string AntiforgeryCookie = ".AspNetCore.Antiforgery.";

    /// <summary>
    /// The portal's requests: their cache headers (registered before the endpoint runs, so this callback runs after every
    /// one the endpoint registers and has the last word) and the one 404 answer (<see cref="PortalNotFoundResponse"/>).
    /// </summary>
    public static IApplicationBuilder UseSanXiangPortal(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(PortalUrls.Directory, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (context, next) =>
            {
                var seconds = (int)context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.CacheFor.TotalSeconds;
                context.Response.OnStarting(() =>
                {
                    Apply(context.Response, seconds);
                    return Task.CompletedTask;
                });
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    if (await PortalNotFoundResponse.IsUnknownAsync(context.Request.Path, context.RequestServices.GetRequiredService<PortalService>()))
                    {
                        await PortalNotFoundResponse.WriteAsync(context);
                        return;
                    }
                }

                await next(context);
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
