namespace SanXiang.Web.Uploads;

/// <summary>
/// One upload as kept in <c>{DataDir}/uploads/{id}.json</c>: who made it for which tenant, what it
/// is, and — once complete — its hashes and where its content-addressed blob lies.
/// </summary>
public sealed record UploadRecord(
    string Id,
    string Tenant,
    string User,
    long Length,
    UploadMetadata Metadata,
    string? RawMetadata,
    DateTimeOffset CreatedAt,
    string? Sha256 = null,
    string? Sm3 = null,
    string? BlobPath = null,
    DateTimeOffset? CompletedAt = null)
{
    public bool IsComplete => CompletedAt is not null;
}
