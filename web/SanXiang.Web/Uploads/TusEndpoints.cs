using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Silo.Uploads;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Context;
using SanXiang.Web.Auth;
using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Http;
using SanXiang.Silo.Files;

namespace SanXiang.Web.Uploads;

/// <summary>
/// The tus 1.0.0 server behind <c>/files</c>: core protocol, creation, checksum, termination and
/// expiration (https://tus.io/protocols/resumable-upload). An upload belongs to the tenant and the user
/// that created it; to anyone else it does not exist (404). Records live in the upload grains, bytes in
/// the blob store, so any web host of a cluster can take any request.
/// </summary>
internal sealed class TusEndpoints(
    IBlobStore blobs,
    UploadRecords records,
    UploadSessions sessions,
    IOptionsMonitor<UploadOptions> options,
    TenantAccess access,
    ITenantContextAccessor<SanXiangTenantInfo> tenants,
    TimeProvider clock)
{
    private const string Extensions = "creation,checksum,termination,expiration";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = ChineseReadableJson.Encoder };

    /// <summary>tus 1.0 §OPTIONS: what this server speaks.</summary>
    public IResult Options(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var headers = http.Response.Headers;
        headers[TusHeaders.SupportedVersions] = TusHeaders.Version;
        headers[TusHeaders.Extensions] = Extensions;
        headers[TusHeaders.MaxSize] = options.CurrentValue.MaxSize.ToString(CultureInfo.InvariantCulture);
        headers[TusHeaders.ChecksumAlgorithms] = ChunkChecksum.Algorithms;
        return Results.NoContent();
    }

    /// <summary>
    /// tus 1.0 §Creation: POST with Upload-Length and Upload-Metadata; 201 with a Location relative to
    /// this server (never built from the request's Host header, which the client chooses) and Upload-Expires.
    /// </summary>
    public async Task<IResult> CreateAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (request.Headers.ContainsKey(TusHeaders.UploadDeferLength)
            || !long.TryParse(request.Headers[TusHeaders.UploadLength], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.LengthInvalid, "请求须带 Upload-Length（文件的字节数，非负整数）；不支持延后声明长度。");
        }

        if (length == 0)
        {
            return new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.Empty, "空文件（0 字节）不能作为执法记录，请选择有内容的文件。");
        }

        var maxSize = options.CurrentValue.MaxSize;
        if (length > maxSize)
        {
            http.Response.Headers[TusHeaders.MaxSize] = maxSize.ToString(CultureInfo.InvariantCulture);
            return new TusError(StatusCodes.Status413PayloadTooLarge, UploadErrorCodes.TooLarge,
                $"文件大小 {length} 字节超过上限 {maxSize} 字节。");
        }

        var rawMetadata = request.Headers[TusHeaders.UploadMetadata].ToString();
        if (UploadMetadataParser.Parse(rawMetadata, out var invalid) is not { } metadata)
        {
            return invalid!;
        }

        if (tenants.TenantContext?.TenantInfo.Id is not { } tenant || !UploadKey.IsValidTenant(tenant))
        {
            return new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.TenantRequired, "请用 X-SanXiang-Tenant 请求头指明上传所属的机关。");
        }

        if (!await access.CanSeeAsync(http.User, tenant))
        {
            return new TusError(StatusCodes.Status403Forbidden, UploadErrorCodes.TenantForbidden, $"您无权向机关“{tenant}”上传文件。");
        }

        // An upload becomes a record of the agency's case: the same people who may act on its cases may upload.
        if (!CaseAccess.IsStaff(http.User, tenant))
        {
            return new TusError(StatusCodes.Status403Forbidden, UploadErrorCodes.TenantReadOnly,
                $"您对机关“{tenant}”只有查阅权限（如上级监督部门），不能向其上传文件；只有本机关的执法人员、审核人员、负责人或管理员可以上传。");
        }

        var key = UploadKey.New(tenant);
        UploadRecord record;
        try
        {
            record = await records.CreateAsync(new UploadRecord(key.Id, tenant, UserName(http.User), length, metadata, rawMetadata.Length == 0 ? null : rawMetadata, clock.GetUtcNow(), default));
        }
        catch (SanXiangException refused) when (refused.Code == ErrorCodes.UploadQuotaExceeded)
        {
            return new TusError(StatusCodes.Status413PayloadTooLarge, UploadErrorCodes.QuotaExceeded, refused.Message);
        }

        blobs.CreatePart(key);
        SetExpires(http, record);
        return TypedResults.Created($"{request.PathBase}/files/{key.Id}");
    }

    /// <summary>tus 1.0 §HEAD: where to resume. Never cached, since the offset changes under the same URL.</summary>
    public async Task<IResult> HeadAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "no-store";
        if (await FindOwnedAsync(http, id) is not { } record)
        {
            return TusError.NotFound();
        }

        var headers = http.Response.Headers;
        headers[TusHeaders.UploadOffset] = Offset(record).ToString(CultureInfo.InvariantCulture);
        headers[TusHeaders.UploadLength] = record.Length.ToString(CultureInfo.InvariantCulture);
        if (record.RawMetadata is not null)
        {
            headers[TusHeaders.UploadMetadata] = record.RawMetadata;
        }

        SetExpires(http, record);
        return Results.Ok();
    }

    /// <summary>
    /// tus 1.0 §PATCH: append the body at Upload-Offset. The offset must be the server's (409), the
    /// body must not run past Upload-Length (413), and with Upload-Checksum a chunk that does not
    /// match is dropped and answered 460 with the offset unchanged (§Checksum).
    /// </summary>
    public async Task<IResult> PatchAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!string.Equals(request.ContentType, TusHeaders.OffsetOctetStream, StringComparison.OrdinalIgnoreCase))
        {
            return new TusError(StatusCodes.Status415UnsupportedMediaType, UploadErrorCodes.ContentTypeInvalid, $"PATCH 的 Content-Type 须为 {TusHeaders.OffsetOctetStream}。");
        }

        if (!long.TryParse(request.Headers[TusHeaders.UploadOffset], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.OffsetInvalid, "请求须带 Upload-Offset（非负整数）。");
        }

        using var checksum = ChunkChecksum.Parse(request.Headers[TusHeaders.UploadChecksum], out var checksumError);
        if (checksumError is not null)
        {
            return checksumError;
        }

        if (await FindOwnedAsync(http, id) is not { } record)
        {
            return TusError.NotFound();
        }

        var session = sessions.For(id);
        if (!await session.Gate.WaitAsync(TimeSpan.Zero))
        {
            return Busy();
        }

        try
        {
            return await AppendAsync(http, record, offset, session, checksum);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>tus 1.0 §Termination: drop an unfinished upload. A finished one is a record of enforcement and stays (禁删改).</summary>
    public async Task<IResult> DeleteAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await FindOwnedAsync(http, id) is not { } record)
        {
            return TusError.NotFound();
        }

        if (record.IsComplete)
        {
            return new TusError(StatusCodes.Status403Forbidden, UploadErrorCodes.Completed, "已完成的上传是执法记录，不能删除。");
        }

        var session = sessions.For(id);
        if (!await session.Gate.WaitAsync(TimeSpan.Zero))
        {
            return Busy();
        }

        try
        {
            await TerminateAsync(record.Key);
            return Results.NoContent();
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>Not part of tus: the upload's record (SM3 and media type once complete, the case once attached) for its owner.</summary>
    public async Task<IResult> GetAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "no-store";
        ServedFileHeaders.Apply(http.Response);
        if (await FindOwnedAsync(http, id) is not { } record)
        {
            return TusError.NotFound();
        }

        return Results.Json(new UploadView(record, Offset(record)), Json);
    }

    private async Task<IResult> AppendAsync(HttpContext http, UploadRecord record, long offset, UploadSession session, ChunkChecksum? checksum)
    {
        var key = record.Key;
        if (record.IsComplete)
        {
            return offset == record.Length ? Accepted(http, record, record.Length) : OffsetMismatch(http, offset, record.Length);
        }

        // A checksummed chunk cut off by a crash is not verified; drop it before saying where we are.
        var part = blobs.FindPart(key);
        if (part is null)
        {
            blobs.CreatePart(key);
        }
        else if (part.UnverifiedFrom is { } unverified)
        {
            blobs.CutPart(key, Math.Min(unverified, part.Length));
        }

        var current = part?.VerifiedLength ?? 0;
        if (offset != current)
        {
            return OffsetMismatch(http, offset, current);
        }

        var room = record.Length - current;
        if (http.Request.ContentLength > room)
        {
            return ExceedsLength(record);
        }

        if (session.HashedTo != current)
        {
            try
            {
                await using var stored = blobs.OpenPartForReading(key);
                await UploadPump.RehashAsync(stored, current, session);
            }
            catch (IOException) when (blobs.FindPart(key) is not null)
            {
                // Held by a writer on another web host of the cluster.
                return Busy();
            }
        }

        // The body may be gigabytes; the length check above and Upload-Length bound it, not Kestrel's 30 MB default.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        if (checksum is not null)
        {
            blobs.MarkUnverified(key, current);
        }

        ChunkReceipt receipt;
        Stream writer;
        try
        {
            writer = blobs.OpenPartForWriting(key, current);
        }
        catch (IOException)
        {
            // Another web host of the cluster is writing this upload.
            blobs.ClearUnverified(key);
            return Busy();
        }

        await using (writer)
        {
            try
            {
                receipt = await UploadPump.ReceiveAsync(http.Request.Body, writer, current, room, session, checksum, http.RequestAborted);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                // The client went away mid-chunk. tus 1.0 §PATCH: keep what arrived, so it can resume
                // from HEAD's offset; §Checksum: a checksummed chunk cut short cannot be verified, so drop it.
                if (checksum is not null)
                {
                    writer.SetLength(current);
                    session.HashedTo = UploadSession.Unknown;
                    blobs.ClearUnverified(key);
                }

                return Results.Empty;
            }

            if (receipt.TooLong || (checksum is not null && !checksum.Matches()))
            {
                // Nothing of a refused chunk stays: cut the part back and hash again on the next PATCH.
                writer.SetLength(current);
                session.HashedTo = UploadSession.Unknown;
            }
        }

        blobs.ClearUnverified(key);
        if (receipt.TooLong)
        {
            return ExceedsLength(record);
        }

        if (session.HashedTo == UploadSession.Unknown)
        {
            http.Response.Headers[TusHeaders.UploadOffset] = current.ToString(CultureInfo.InvariantCulture);
            return new TusError(460, UploadErrorCodes.ChecksumMismatch, "本段数据的校验和与 Upload-Checksum 不符，已丢弃，请重传本段。");
        }

        var newOffset = current + receipt.Written;
        var headKnown = current < MediaTypes.SniffLength && (newOffset >= MediaTypes.SniffLength || newOffset == record.Length);
        if (headKnown && await ResolveMediaTypeAsync(record, newOffset) is null)
        {
            await TerminateAsync(key);
            return new TusError(StatusCodes.Status415UnsupportedMediaType, UploadErrorCodes.ContentMismatch,
                $"文件内容不是声明的类型“{record.Metadata.FileType}”（文件头不符），已取消该上传；请选择正确的文件，或按实际类型重新上传。");
        }

        if (newOffset == record.Length)
        {
            record = await CompleteAsync(record, session);
        }
        else if (receipt.Written > 0)
        {
            record = await records.TouchAsync(key) ?? record;
        }

        return Accepted(http, record, newOffset);
    }

    // The hash goes into the record first, then the part becomes the blob: a crash in between leaves a
    // finished record and its part, which the sweep turns into the blob (UploadSweeper).
    private async Task<UploadRecord> CompleteAsync(UploadRecord record, UploadSession session)
    {
        Span<byte> digest = stackalloc byte[32];
        session.Sm3.FinishInto(digest);
        var sm3 = Convert.ToHexStringLower(digest);
        var mediaType = await ResolveMediaTypeAsync(record, record.Length) ?? MediaTypes.Unknown;
        var completed = await records.CompleteAsync(record.Key, sm3, mediaType);
        blobs.CommitPart(record.Key, sm3);
        sessions.Remove(record.Id);
        return completed;
    }

    private async Task<string?> ResolveMediaTypeAsync(UploadRecord record, long stored)
    {
        var head = new byte[(int)Math.Min(MediaTypes.SniffLength, stored)];
        await using (var part = blobs.OpenPartForReading(record.Key))
        {
            await part.ReadExactlyAsync(head);
        }

        return MediaTypes.Resolve(record.Metadata.FileType, head);
    }

    private async Task TerminateAsync(UploadKey key)
    {
        blobs.DeletePart(key);
        await records.TerminateAsync(key);
        sessions.Remove(key.Id);
    }

    private long Offset(UploadRecord record) =>
        record.IsComplete ? record.Length : blobs.FindPart(record.Key)?.VerifiedLength ?? 0;

    private static IResult Accepted(HttpContext http, UploadRecord record, long offset)
    {
        http.Response.Headers[TusHeaders.UploadOffset] = offset.ToString(CultureInfo.InvariantCulture);
        SetExpires(http, record);
        return Results.NoContent();
    }

    private static TusError OffsetMismatch(HttpContext http, long offset, long current)
    {
        http.Response.Headers[TusHeaders.UploadOffset] = current.ToString(CultureInfo.InvariantCulture);
        return new TusError(StatusCodes.Status409Conflict, UploadErrorCodes.OffsetMismatch, $"Upload-Offset {offset} 与服务器已收到的 {current} 字节不符，请先用 HEAD 查询偏移量。");
    }

    // tus expiration: when an unfinished upload goes (RFC 9110 date); a finished one waits as long for its attachment.
    private static void SetExpires(HttpContext http, UploadRecord record) =>
        http.Response.Headers[TusHeaders.UploadExpires] = record.ExpiresAt.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    private static TusError Busy() =>
        new(StatusCodes.Status423Locked, UploadErrorCodes.Busy, "该上传正由另一请求写入，请稍后查询偏移量再续传。");

    private static TusError ExceedsLength(UploadRecord record) =>
        new(StatusCodes.Status413PayloadTooLarge, UploadErrorCodes.ExceedsLength, $"数据超出了创建上传时声明的长度 {record.Length} 字节，未写入。");

    private async Task<UploadRecord?> FindOwnedAsync(HttpContext http, string id)
    {
        if (!UploadKey.IsValidId(id) || tenants.TenantContext?.TenantInfo.Id is not { } tenant || !UploadKey.IsValidTenant(tenant))
        {
            return null;
        }

        var record = await records.FindAsync(new UploadKey(tenant, id));
        return record is not null && record.User == UserName(http.User) ? record : null;
    }

    private static string UserName(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user without a name identifier.");
}
