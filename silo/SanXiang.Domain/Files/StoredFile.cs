namespace SanXiang.Domain.Files;

/// <summary>
/// A file kept by content in the data directory, <c>blobs/sm3/{first two hex digits}/{hex}</c>: uploaded
/// evidence and recordings, generated documents and their signed copies. <see cref="Hash"/> is
/// <c>sm3:</c> followed by 64 lower-case hex digits; it is what enters the case's chain.
/// </summary>
public sealed record StoredFile(
    string Hash,
    string FileName,
    string MediaType,
    long Size)
{
    public const string Sm3Prefix = "sm3:";

    /// <summary>The blob's path relative to the data directory, with forward slashes.</summary>
    public string BlobPath
    {
        get
        {
            var hex = Hash.StartsWith(Sm3Prefix, StringComparison.Ordinal) ? Hash[Sm3Prefix.Length..] : throw new InvalidOperationException($"“{Hash}”不是 SM3 内容哈希。");
            return $"blobs/sm3/{hex[..2]}/{hex}";
        }
    }
}
