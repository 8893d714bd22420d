namespace SanXiang.Web.Uploads;

/// <summary>
/// What every stored file is served with: the browser must take the declared type as it is (no
/// sniffing a "photo" into a page) and, should it render the file anyway, run nothing and load nothing.
/// </summary>
internal static class ServedFileHeaders
{
    public const string ContentSecurityPolicy = "default-src 'none'; sandbox; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
    }
}
