using Microsoft.AspNetCore.Diagnostics;

namespace SanXiang.Web.Uploads;

/// <summary>
/// What every <c>/files</c> request shares: <c>Tus-Resumable</c> on every response (tus 1.0
/// §Tus-Resumable), 412 for a request without the version we speak, 401 for anyone not signed in.
/// OPTIONS is exempt from both (tus 1.0 §OPTIONS: clients ask before they know the version, and
/// browsers send CORS preflights without credentials).
/// </summary>
internal sealed class TusProtocolFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        http.Response.Headers[TusHeaders.Resumable] = TusHeaders.Version;

        // Our errors carry their own body; the console's status-code pages would replace it with HTML.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        if (HttpMethods.IsOptions(http.Request.Method))
        {
            return await next(context);
        }

        if (http.Request.Headers[TusHeaders.Resumable] != TusHeaders.Version)
        {
            http.Response.Headers[TusHeaders.SupportedVersions] = TusHeaders.Version;
            return new TusError(StatusCodes.Status412PreconditionFailed, UploadErrorCodes.VersionUnsupported,
                $"请求须带 Tus-Resumable: {TusHeaders.Version}，本服务只支持 tus {TusHeaders.Version}。");
        }

        if (http.User.Identity?.IsAuthenticated != true)
        {
            return new TusError(StatusCodes.Status401Unauthorized, UploadErrorCodes.Unauthenticated, "请先登录后再上传。");
        }

        return await next(context);
    }
}
