using Microsoft.Net.Http.Headers;
using SanXiang.Domain.Errors;
using SanXiang.Silo;
using SanXiang.Silo.CaseFiles;
using SanXiang.Web.Auth;
using SanXiang.Web.Downloads;

namespace SanXiang.Web.CaseFiles;

/// <summary>
/// <c>GET /t/{tenant}/cases/{id}/case-file.zip</c>: the case file, streamed in chunks from the silo's
/// <see cref="ICaseFileGrain"/> as it is written, for a user who may see the tenant. Works the same in a
/// co-hosted web host and in one that is a pure client of a cluster.
/// </summary>
internal static class CaseFileDownload
{
    public const string Pattern = "/t/{tenant}/cases/{id}/case-file.zip";

    // Chunks of 64 KiB, 16 to a message: about a megabyte in flight between silo and web host.
    private const int ChunksPerBatch = 16;

    public static async Task GetAsync(HttpContext http, string tenant, string id, TenantAccess access, IGrainFactory grains, CaseFileStandardOrder standards)
    {
        if (!await access.CanSeeAsync(http.User, tenant))
        {
            await new CaseFileError(ErrorCodes.Forbidden, "您无权查看该单位的案件。").WriteAsync(http, StatusCodes.Status403Forbidden);
            return;
        }

        var grain = grains.GetGrain<ICaseFileGrain>(GrainKeys.For(tenant, id));
        try
        {
            await StreamAsync(http, tenant, id, grain, standards);
        }
        catch (SanXiangException refusal) when (!http.Response.HasStarted)
        {
            // The grain refuses before its first chunk, so the download can still become an error.
            http.Response.Headers.Remove(HeaderNames.ContentDisposition);
            await new CaseFileError(refusal.Code, refusal.Message).WriteAsync(http, FileDownloads.StatusOf(refusal.Code));
        }
    }

    // On behalf of the case's own tenant (the caller may be its supervisor); an async method of its own, so the context ends with it.
    private static async Task StreamAsync(HttpContext http, string tenant, string id, ICaseFileGrain grain, CaseFileStandardOrder standards)
    {
        TenantCallContext.Set(tenant);
        var order = await standards.ForAsync(tenant, await grain.GetCategoryAsync());
        var chunks = grain.ExportAsync(order, http.RequestAborted).WithBatchSize(ChunksPerBatch).GetAsyncEnumerator(http.RequestAborted);
        await using (chunks.ConfigureAwait(false))
        {
            // The first chunk decides: a refusal throws here, before any header of the download is sent.
            if (!await chunks.MoveNextAsync())
            {
                return;
            }

            http.Response.ContentType = "application/zip";
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName($"案卷-{tenant}-{id}.zip");
            http.Response.Headers.ContentDisposition = disposition.ToString();
            do
            {
                await http.Response.Body.WriteAsync(chunks.Current, http.RequestAborted);
            }
            while (await chunks.MoveNextAsync());
        }
    }
}
