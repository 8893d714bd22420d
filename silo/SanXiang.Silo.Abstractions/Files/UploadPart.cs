namespace SanXiang.Silo.Files;

/// <summary>An unfinished upload's bytes in the blob store.</summary>
/// <param name="UnverifiedFrom">Where a checksummed chunk began that is not verified yet (tus checksum extension: it counts for nothing until it is).</param>
public sealed record UploadPart(long Length, long? UnverifiedFrom, DateTimeOffset WrittenAt)
{
    /// <summary>The offset a client may resume from (tus 1.0 §HEAD).</summary>
    public long VerifiedLength => UnverifiedFrom is { } from ? Math.Min(from, Length) : Length;
}
