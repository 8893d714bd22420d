namespace SanXiang.Silo.Uploads;

/// <summary>
/// An agency's uploads that hold space, key <c>{tenant}</c>: each reserves its declared length from its
/// creation until it is attached to a case, terminated or expires. Limits per user (within the agency)
/// and per agency, in bytes and in number (<c>SanXiang:Uploads</c>). Called by <see cref="IUploadGrain"/>.
/// </summary>
public interface IUploadQuotaGrain : IGrainWithStringKey
{
    /// <summary>UPLOAD_QUOTA_EXCEEDED, with what is used and what is allowed, when the upload does not fit.</summary>
    Task ReserveAsync(string uploadId, string user, long length, DateTimeOffset heldUntil);

    /// <summary>Puts back a reservation that was released a moment ago (an attachment the case refused), without checking the limits.</summary>
    Task ReinstateAsync(string uploadId, string user, long length, DateTimeOffset heldUntil);

    Task ReleaseAsync(string uploadId);

    /// <summary>What <paramref name="user"/> and the agency hold now.</summary>
    Task<UploadQuotaUse> UseAsync(string user);
}
