using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SanXiang.Domain.CaseFiles;

namespace SanXiang.Web.CaseFiles;

/// <summary>
/// <c>POST /verify/case-file</c>, anonymous: the request body is a case-file zip. It streams to a temporary
/// file that deletes itself on close (a zip is read from its end), is verified — offline, within
/// <see cref="CaseFileLimits"/>, then against the agency's live log when the agency is on this platform —
/// and nothing is kept. A few run at once (<see cref="VerifyGate"/>); the rest wait, then get 503.
/// </summary>
public static class CaseFileCheck
{
    public const string Path = "/verify/case-file";

    public static async Task PostAsync(HttpContext http, IOptions<CaseFileOptions> options, VerifyGate gate, LiveLogCheck live)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(live);
        if (!await gate.EnterAsync(http.RequestAborted))
        {
            http.Response.Headers.RetryAfter = "30";
            await new CaseFileError("VERIFY_BUSY", "同时校验的案卷太多，请稍后再试。").WriteAsync(http, StatusCodes.Status503ServiceUnavailable);
            return;
        }

        try
        {
            await CheckAsync(http, options.Value, live);
        }
        finally
        {
            gate.Leave();
        }
    }

    private static async Task CheckAsync(HttpContext http, CaseFileOptions options, LiveLogCheck live)
    {
        var limit = options.MaxVerifySize;
        var tooLarge = new CaseFileError("CASE_FILE_TOO_LARGE", $"案卷文件超过了 {Size(limit)} 的上限，无法在线校验；可下载校验程序离线校验。");
        if (http.Request.ContentLength > limit)
        {
            await tooLarge.WriteAsync(http, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = limit;
        }

        var temporary = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sanxiang-verify-{Guid.NewGuid():N}.zip");
        await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await CopyAsync(http.Request.Body, file, limit, http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await tooLarge.WriteAsync(http, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        catch (InvalidDataException)
        {
            await tooLarge.WriteAsync(http, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (file.Length == 0)
        {
            await new CaseFileError("CASE_FILE_EMPTY", "请选择要校验的案卷文件（.zip）。").WriteAsync(http, StatusCodes.Status400BadRequest);
            return;
        }

        file.Position = 0;
        var verdict = await CaseFileVerifier.VerifyAsync(file, CaseFileLimits.ForArchive(file.Length), http.RequestAborted);
        if (verdict.Outcome == CaseFileOutcome.Unusable && verdict.Findings.FirstOrDefault()?.Code == CaseFileCodes.TooLarge)
        {
            await new CaseFileError(CaseFileCodes.TooLarge, verdict.Findings[0].Message).WriteAsync(http, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        var (agencyName, online) = await live.CheckAsync(verdict);
        await http.Response.WriteAsJsonAsync(CaseFileVerdictView.From(verdict, agencyName, online), http.RequestAborted);
    }

    // Counts as it copies: a chunked body has no Content-Length, and a server may not enforce its limit.
    private static async Task CopyAsync(Stream body, Stream file, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new InvalidDataException("too large");
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MiB",
        _ => $"{bytes / 1024.0:0.#} KiB",
    };
}
