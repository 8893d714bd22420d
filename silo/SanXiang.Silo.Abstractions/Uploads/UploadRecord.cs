namespace SanXiang.Silo.Uploads;

/// <summary>
/// One upload as its grain keeps it: who made it for which tenant, what it is, until when it may
/// wait for its bytes or its attachment (tus expiration extension), and — once complete — its SM3
/// and the media type it is served with; once a case took it, which case.
/// </summary>
/// <param name="Sm3">64 lower-case hex digits, the national-standard digest the case chain records; null until complete.</param>
/// <param name="MediaType">The declared type, or for an undeclared one what the content turned out to be; null until complete.</param>
/// <param name="ConsumedBy">The case (<c>{tenant}/{case}</c>) whose record holds the file; an upload is attached once.</param>
[GenerateSerializer, Immutable]
public sealed record UploadRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string Tenant,
    [property: Id(2)] string User,
    [property: Id(3)] long Length,
    [property: Id(4)] UploadMetadata Metadata,
    [property: Id(5)] string? RawMetadata,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset ExpiresAt,
    [property: Id(8)] string? Sm3 = null,
    [property: Id(9)] string? MediaType = null,
    [property: Id(10)] DateTimeOffset? CompletedAt = null,
    [property: Id(11)] string? ConsumedBy = null,
    [property: Id(12)] DateTimeOffset? ConsumedAt = null)
{
    public bool IsComplete => CompletedAt is not null;

    public UploadKey Key => new(Tenant, Id);

    /// <summary>Where the finished file lies in the blob store, relative to its root; null until complete.</summary>
    public string? BlobPath => Sm3 is null ? null : $"blobs/sm3/{Sm3[..2]}/{Sm3}";
}
