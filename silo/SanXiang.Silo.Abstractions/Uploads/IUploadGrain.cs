using Orleans.Concurrency;

namespace SanXiang.Silo.Uploads;

/// <summary>
/// One tus upload, key <c>{tenant}/{id}</c> (<see cref="UploadKey"/>): its record while the bytes arrive,
/// once complete, and after a case took it. The bytes themselves are in the blob store
/// (<see cref="Files.IBlobStore"/>); the quotas in <see cref="IUploadQuotaGrain"/>, which this grain keeps informed.
/// An expired or terminated upload no longer exists for anyone.
/// </summary>
public interface IUploadGrain : IGrainWithStringKey
{
    /// <summary>
    /// Reserves the declared length against the user's and the agency's quotas, then keeps the record
    /// with its expiry (now + <c>SanXiang:Uploads:Expiry</c>). UPLOAD_QUOTA_EXCEEDED with the figures in Chinese; CONFLICT if the id exists.
    /// </summary>
    Task<UploadRecord> CreateAsync(UploadRecord record);

    /// <summary>The record; null when there is none, or it expired unattached, or it was terminated.</summary>
    [ReadOnly]
    Task<UploadRecord?> GetAsync();

    /// <summary>Bytes arrived: an unfinished upload's expiry moves forward (at most one write per half the expiry); null when it is gone.</summary>
    Task<UploadRecord?> TouchAsync();

    /// <summary>The last byte arrived: records its SM3 and media type; it now waits, until it expires, for a case to take it.</summary>
    Task<UploadRecord> CompleteAsync(string sm3Hex, string mediaType);

    /// <summary>
    /// A case takes the finished upload of <paramref name="user"/>; a second attachment, to this case or
    /// another, is refused (UPLOAD_CONSUMED). UPLOAD_NOT_READY for an unknown, foreign, unfinished or expired upload.
    /// </summary>
    Task<UploadRecord> ConsumeAsync(string user, string caseKey);

    /// <summary>Gives the upload back when the case refused the command it came with; only for that case.</summary>
    Task RestoreAsync(string caseKey);

    /// <summary>tus termination, or an expiry swept: the record goes and the reservation is released. UPLOAD_COMPLETED for a finished one.</summary>
    Task TerminateAsync();

    /// <summary>Until when the upload holds its reservation (unfinished, or finished and not yet attached); null when it holds none.</summary>
    [AlwaysInterleave]
    Task<DateTimeOffset?> HeldUntilAsync();
}
