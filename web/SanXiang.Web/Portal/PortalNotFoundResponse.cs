using System.Text;

namespace SanXiang.Web.Portal;

/// <summary>
/// The portal's one answer for an agency or an officer it does not list: the same bytes for both, naming neither the
/// address nor what was missing, so nothing tells an unknown agency from an unknown certificate.
/// </summary>
public static class PortalNotFoundResponse
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
        <title>未找到 - {PortalTexts.SiteTitle}</title><link rel="stylesheet" href="/portal.css"></head>
        <body><div class="portal">
        <header class="portal-header"><a class="portal-title" href="{PortalUrls.Directory}">{PortalTexts.SiteTitle}</a>
        <nav class="portal-nav" aria-label="公示导航"><a href="{PortalUrls.Directory}">机关目录</a><a href="/verify">案卷校验</a></nav></header>
        <main class="portal-main"><h1>未找到公示信息</h1>
        <p>没有找到您要查看的公示信息。请核对网址，或从<a href="{PortalUrls.Directory}">机关目录</a>查找执法机关。</p></main>
        </div></body></html>
        """);

    public static async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = Body.Length;
        await context.Response.Body.WriteAsync(Body);
    }

    /// <summary>
    /// Whether the path names an agency the directory does not list, or an officer its list does not hold
    /// (<c>/gs/{agency}</c>, <c>/gs/{agency}/…</c>, <c>/gs/{agency}/officers/{certificate}</c>). Decided before the page
    /// renders, because a Razor page that sets 404 itself has its body replaced by the site's generic not-found page.
    /// </summary>
    public static async Task<bool> IsUnknownAsync(PathString path, PortalService portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        if (!path.StartsWithSegments(PortalUrls.Directory, StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return false;
        }

        var segments = rest.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length == 0)
        {
            return false;
        }

        if (await portal.FindAgencyAsync(segments[0]) is null)
        {
            return true;
        }

        return segments.Length == 3 && segments[1] == "officers" && await portal.FindOfficerAsync(segments[0], segments[2]) is null;
    }
}
