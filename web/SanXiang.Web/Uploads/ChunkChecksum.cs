using System.Security.Cryptography;

namespace SanXiang.Web.Uploads;

/// <summary>
/// <c>Upload-Checksum: &lt;algorithm&gt; &lt;Base64 digest&gt;</c> of one PATCH body (tus 1.0 §Checksum).
/// </summary>
internal sealed class ChunkChecksum(IncrementalHash hash, byte[] expected) : IDisposable
{
    /// <summary>Advertised in <c>Tus-Checksum-Algorithm</c>; md5 only because some clients know nothing else.</summary>
    public const string Algorithms = "sha1,sha256,md5";

    public void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);

    public bool Matches() => CryptographicOperations.FixedTimeEquals(hash.GetHashAndReset(), expected);

    public void Dispose() => hash.Dispose();

    /// <summary>Null and no error when the header is absent; tus §Checksum: an unsupported algorithm is 400.</summary>
    public static ChunkChecksum? Parse(string? header, out TusError? error)
    {
        error = null;
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        HashAlgorithmName? algorithm = parts.Length == 2
            ? parts[0] switch
            {
                "sha1" => HashAlgorithmName.SHA1,
                "sha256" => HashAlgorithmName.SHA256,
                "md5" => HashAlgorithmName.MD5,
                _ => null,
            }
            : null;
        if (algorithm is null)
        {
            error = new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.ChecksumUnsupported,
                $"Upload-Checksum 须为“算法 Base64摘要”，算法为 {Algorithms} 之一。");
            return null;
        }

        byte[] expected;
        try
        {
            expected = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            error = new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.ChecksumUnsupported, "Upload-Checksum 的摘要不是有效的 Base64。");
            return null;
        }

        return new ChunkChecksum(IncrementalHash.CreateHash(algorithm.Value), expected);
    }
}
