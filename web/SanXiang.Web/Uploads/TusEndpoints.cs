using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Context;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Http;

namespace SanXiang.Web.Uploads;

/// <summary>
/// The tus 1.0.0 server behind <c>/files</c>: core protocol, creation, checksum and termination
/// (https://tus.io/protocols/resumable-upload). An upload belongs to the tenant and the user that
/// created it; to anyone else it does not exist (404).
/// </summary>
internal sealed class TusEndpoints(
    UploadStore store,
    UploadSessions sessions,
    IOptionsMonitor<UploadOptions> options,
    TenantAccess access,
    ITenantContextAccessor<SanXiangTenantInfo> tenants,
    TimeProvider clock)
{
    private const string Extensions = "creation,checksum,termination";

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

    /// <summary>tus 1.0 §Creation: POST with Upload-Length and Upload-Metadata; 201 and the new upload's Location.</summary>
    public async Task<IResult> CreateAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (request.Headers.ContainsKey(TusHeaders.UploadDeferLength)
            || !long.TryParse(request.Headers[TusHeaders.UploadLength], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.LengthInvalid, "请求须带 Upload-Length（文件的字节数，非负整数）；不支持延后声明长度。");
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

        if (tenants.TenantContext?.TenantInfo.Id is not { } tenant)
        {
            return new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.TenantRequired, "请用 X-SanXiang-Tenant 请求头指明上传所属的机关。");
        }

        if (!await access.CanSeeAsync(http.User, tenant))
        {
            return new TusError(StatusCodes.Status403Forbidden, UploadErrorCodes.TenantForbidden, $"您无权向机关“{tenant}”上传文件。");
        }

        var record = new UploadRecord(UploadStore.NewId(), tenant, UserName(http.User), length, metadata, rawMetadata.Length == 0 ? null : rawMetadata, clock.GetUtcNow());
        store.CreatePart(record.Id);
        await store.SaveAsync(record);
        if (length == 0)
        {
            var session = sessions.For(record.Id);
            session.Restart();
            await CompleteAsync(record, session);
        }

        return TypedResults.Created($"{request.Scheme}://{request.Host}{request.PathBase}/files/{record.Id}");
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
        headers[TusHeaders.UploadOffset] = store.VerifiedOffset(record).ToString(CultureInfo.InvariantCulture);
        headers[TusHeaders.UploadLength] = record.Length.ToString(CultureInfo.InvariantCulture);
        if (record.RawMetadata is not null)
        {
            headers[TusHeaders.UploadMetadata] = record.RawMetadata;
        }

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

        if (await FindOwnedAsync(http, id) is not { } record)
        {
            return TusError.NotFound();
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

        var session = sessions.For(id);
        if (!await session.Gate.WaitAsync(TimeSpan.Zero))
        {
            return new TusError(StatusCodes.Status423Locked, UploadErrorCodes.Busy, "该上传正由另一请求写入，请稍后查询偏移量再续传。");
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
            return new TusError(StatusCodes.Status423Locked, UploadErrorCodes.Busy, "该上传正由另一请求写入，请稍后再试。");
        }

        try
        {
            store.Delete(id);
            sessions.Remove(id);
            return Results.NoContent();
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>Not part of tus: the upload's record (hashes and blob once complete) for its owner.</summary>
    public async Task<IResult> GetAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "no-store";
        if (await FindOwnedAsync(http, id) is not { } record)
        {
            return TusError.NotFound();
        }

        return Results.Json(new UploadView(record, store.VerifiedOffset(record)), Json);
    }

    private async Task<IResult> AppendAsync(HttpContext http, UploadRecord record, long offset, UploadSession session, ChunkChecksum? checksum)
    {
        // A checksummed chunk cut off by a crash is not verified; drop it before saying where we are.
        store.RollBackUnverified(record.Id);
        record = await store.LoadAsync(record.Id) ?? record;
        var current = store.VerifiedOffset(record);
        if (offset != current)
        {
            http.Response.Headers[TusHeaders.UploadOffset] = current.ToString(CultureInfo.InvariantCulture);
            return new TusError(StatusCodes.Status409Conflict, UploadErrorCodes.OffsetMismatch, $"Upload-Offset {offset} 与服务器已收到的 {current} 字节不符，请先用 HEAD 查询偏移量。");
        }

        var room = record.Length - current;
        if (http.Request.ContentLength > room)
        {
            return ExceedsLength(record);
        }

        if (record.IsComplete)
        {
            http.Response.Headers[TusHeaders.UploadOffset] = current.ToString(CultureInfo.InvariantCulture);
            return Results.NoContent();
        }

        var partPath = store.PartPath(record.Id);
        if (session.HashedTo != current)
        {
            await UploadPump.RehashAsync(partPath, current, session);
        }

        // The body may be gigabytes; the length check above and Upload-Length bound it, not Kestrel's 30 MB default.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        if (checksum is not null)
        {
            store.MarkPendingVerification(record.Id, current);
        }

        ChunkReceipt receipt;
        using (var part = File.OpenHandle(partPath, FileMode.Open, FileAccess.Write, FileShare.Read))
        {
            try
            {
                receipt = await UploadPump.ReceiveAsync(http.Request.Body, part, current, room, session, checksum, http.RequestAborted);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                // The client went away mid-chunk. tus 1.0 §PATCH: keep what arrived, so it can resume
                // from HEAD's offset; §Checksum: a checksummed chunk cut short cannot be verified, so drop it.
                if (checksum is not null)
                {
                    RandomAccess.SetLength(part, current);
                    session.HashedTo = UploadSession.Unknown;
                    store.ClearPendingVerification(record.Id);
                }

                return Results.Empty;
            }

            if (receipt.TooLong || (checksum is not null && !checksum.Matches()))
            {
                // Nothing of a refused chunk stays: cut the file back and hash again on the next PATCH.
                RandomAccess.SetLength(part, current);
                session.HashedTo = UploadSession.Unknown;
            }
        }

        store.ClearPendingVerification(record.Id);
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
        if (newOffset == record.Length)
        {
            await CompleteAsync(record, session);
        }

        http.Response.Headers[TusHeaders.UploadOffset] = newOffset.ToString(CultureInfo.InvariantCulture);
        return Results.NoContent();
    }

    private async Task CompleteAsync(UploadRecord record, UploadSession session)
    {
        Span<byte> digest = stackalloc byte[32];
        session.Sha256.FinishInto(digest);
        var sha256 = Convert.ToHexStringLower(digest);
        session.Sm3.FinishInto(digest);
        var sm3 = Convert.ToHexStringLower(digest);
        var blob = store.CommitBlob(record.Id, sm3);
        await store.SaveAsync(record with { Sha256 = sha256, Sm3 = sm3, BlobPath = blob, CompletedAt = clock.GetUtcNow() });
        sessions.Remove(record.Id);
    }

    private static TusError ExceedsLength(UploadRecord record) =>
        new(StatusCodes.Status413PayloadTooLarge, UploadErrorCodes.ExceedsLength, $"数据超出了创建上传时声明的长度 {record.Length} 字节，未写入。");

    private async Task<UploadRecord?> FindOwnedAsync(HttpContext http, string id)
    {
        var record = await store.LoadAsync(id);
        return record is not null
            && record.User == UserName(http.User)
            && record.Tenant == tenants.TenantContext?.TenantInfo.Id
            ? record
            : null;
    }

    private static string UserName(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user without a name identifier.");
}
