using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Web.Uploads;
using SanXiang.Silo.Files;

namespace SanXiang.Web.Cases;

/// <summary>
/// <c>GET /t/{tenant}/cases/{id}/files/{sm3}</c>: a file of a case — a document, its signed copy, a
/// recording or a piece of evidence — for a signed-in user who may see the agency, under its own name
/// and media type, as a download that the browser may neither sniff nor run (<see cref="ServedFileHeaders"/>).
/// Everything else is 404 alike (unknown agency, case or file, a file of another case, or an agency the
/// user may not see), so the answer does not tell which cases exist.
/// </summary>
internal static class CaseFileEndpoint
{
    public const string Pattern = "/t/{tenant}/cases/{id}/files/{sm3}";

    public static string UrlFor(string tenantId, string caseId, string hash) =>
        $"/t/{Uri.EscapeDataString(tenantId)}/cases/{Uri.EscapeDataString(caseId)}/files/{hash[(hash.IndexOf(':', StringComparison.Ordinal) + 1)..]}";

    public static async Task<IResult> GetAsync(HttpContext http, string tenant, string id, string sm3, CaseService cases, IBlobStore blobs)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(blobs);
        if (sm3.Length != 64 || !sm3.All(char.IsAsciiHexDigit))
        {
            return Results.NotFound();
        }

        try
        {
            if (await cases.FindFileAsync(new CaseCaller(http.User), tenant, id, sm3) is not { } file)
            {
                return Results.NotFound();
            }

            var content = blobs.OpenRead(file.Hash);

            // Content-addressed: the bytes under this URL never change, so a client may keep them.
            http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            ServedFileHeaders.Apply(http.Response);
            return Results.Stream(content, MediaTypes.ForServing(file.MediaType), file.FileName, enableRangeProcessing: true);
        }
        catch (SanXiangException)
        {
            return Results.NotFound();
        }
    }
}
