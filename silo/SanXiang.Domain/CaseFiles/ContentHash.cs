using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// The content hash of a file as the blob store names it, <c>sm3:</c> and 64 lower-case hex digits,
/// computed while the bytes stream past so a 2 GB recording never sits in memory.
/// </summary>
public sealed class ContentHash
{
    public const string Prefix = "sm3:";

    private const int BufferSize = 81920;

    private readonly IncrementalHasher hasher = ChainHashAlgorithm.Sm3.CreateHasher();

    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        hasher.Append(data);
        Length += data.Length;
    }

    /// <summary>The hash of everything appended; the instance starts over afterwards.</summary>
    public string Finish()
    {
        Span<byte> digest = stackalloc byte[32];
        hasher.FinishInto(digest);
        Length = 0;
        return Prefix + Convert.ToHexStringLower(digest);
    }

    public static async Task<(string Hash, long Size)> ComputeAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var hash = new ContentHash();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.Append(buffer.AsSpan(0, read));
        }

        var size = hash.Length;
        return (hash.Finish(), size);
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> and hashes what went through.</summary>
    public static async Task<(string Hash, long Size)> CopyAsync(Stream source, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var hash = new ContentHash();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.Append(buffer.AsSpan(0, read));
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        var size = hash.Length;
        return (hash.Finish(), size);
    }
}
