using SanXiang.Domain.Errors;
using SanXiang.Web.Uploads;

namespace SanXiang.Web.Cases;

/// <summary>
/// <c>GET /t/{tenant}/cases/{id}/files/{sm3}</c>: a file of a case — a document, its signed copy, a
/// recording or a piece of evidence — for a signed-in user who may see the agency, under its own name
/// and media type. Everything else is 404 alike (unknown agency, case or file, a file of another
/// case, or an agency the user may not see), so the answer does not tell which cases exist.
/// </summary>
internal static class CaseFileEndpoint
{
    public const string Pattern = "/t/{tenant}/cases/{id}/files/{sm3}";

    public static string UrlFor(string tenantId, string caseId, string hash) =>
        $"/t/{Uri.EscapeDataString(tenantId)}/cases/{Uri.EscapeDataString(caseId)}/files/{hash[(hash.IndexOf(':', StringComparison.Ordinal) + 1)..]}";

    public static async Task<IResult> GetAsync(HttpContext http, string tenant, string id, string sm3, CaseService cases, UploadStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(store);
        if (sm3.Length != 64 || !sm3.All(char.IsAsciiHexDigit))
        {
            return Results.NotFound();
        }

        try
        {
            var file = await cases.FindFileAsync(new CaseCaller(http.User), tenant, id, sm3);
            var path = file is null ? null : store.BlobPath(file.BlobPath);
            if (path is null || !File.Exists(path))
            {
                return Results.NotFound();
            }

            // Content-addressed: the bytes under this URL never change, so a client may keep them.
            http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            return Results.File(path, file!.MediaType, file.FileName, enableRangeProcessing: true);
        }
        catch (SanXiangException)
        {
            return Results.NotFound();
        }
    }
}
