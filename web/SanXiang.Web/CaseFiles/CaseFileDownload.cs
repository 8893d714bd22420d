using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;

namespace SanXiang.Web.CaseFiles;

/// <summary><c>GET /t/{tenant}/cases/{id}/case-file.zip</c>: the case file, streamed as it is written, for a user who may see the tenant.</summary>
internal static class CaseFileDownload
{
    public const string Pattern = "/t/{tenant}/cases/{id}/case-file.zip";

    public static async Task GetAsync(HttpContext http, string tenant, string id, TenantAccess access, CaseFileExports exports, CaseFileStandardOrder standards)
    {
        if (!await access.CanSeeAsync(http.User, tenant))
        {
            await new CaseFileError(ErrorCodes.Forbidden, "您无权查看该单位的案件。").WriteAsync(http, StatusCodes.Status403Forbidden);
            return;
        }

        if (exports.Exporter is not { } exporter)
        {
            await new CaseFileError("SILO_NOT_COHOSTED", "案卷导出需要直接读取执法记录库：请在与 silo 同进程运行（co-hosted）的 Web 服务上导出。")
                .WriteAsync(http, StatusCodes.Status503ServiceUnavailable);
            return;
        }

        // ZipArchive (.NET 10) still closes an entry's deflate stream with a synchronous write of its last
        // block; the bulk of every entry is written asynchronously.
        if (http.Features.Get<IHttpBodyControlFeature>() is { } bodyControl)
        {
            bodyControl.AllowSynchronousIO = true;
        }

        http.Response.ContentType = "application/zip";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName($"案卷-{tenant}-{id}.zip");
        http.Response.Headers.ContentDisposition = disposition.ToString();
        try
        {
            var order = await standards.ForAsync(tenant, await exporter.CategoryAsync(tenant, id, http.RequestAborted));
            await exporter.ExportAsync(tenant, id, http.Response.Body, order, http.RequestAborted);
        }
        catch (SanXiangException refusal) when (!http.Response.HasStarted)
        {
            // The exporter refuses before its first byte, so the download can still become an error.
            http.Response.Headers.Remove(HeaderNames.ContentDisposition);
            var status = refusal.Code == ErrorCodes.CaseNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            await new CaseFileError(refusal.Code, refusal.Message).WriteAsync(http, status);
        }
    }
}
