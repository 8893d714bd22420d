namespace SanXiang.Web.Portal;

/// <summary>
/// <c>SanXiang:Portal</c>. <see cref="BaseUrl"/> is the address the public reaches the portal at (e.g.
/// <c>https://zfgs.example.gov.cn</c>), which the officers' QR codes encode; without it, the address the request came to.
/// Set it behind a proxy: a cached page must not carry a QR code made from whatever Host header a client sent.
/// </summary>
public sealed class PortalOptions
{
    public const string Section = "SanXiang:Portal";

    public Uri? BaseUrl { get; set; }

    /// <summary>How long browsers and shared caches may keep a portal page (Cache-Control max-age).</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(60);
}
