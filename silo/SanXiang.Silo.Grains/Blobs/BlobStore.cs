using System.Buffers;
using System.Runtime.InteropServices;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;

namespace SanXiang.Silo.Grains.Blobs;

/// <summary>
/// Files kept by content under the data directory, <c>blobs/sm3/{aa}/{sm3}</c> — the layout the
/// tus uploads already write (web/SanXiang.Web/Uploads/UploadStore.CommitBlob), so an uploaded
/// recording and a generated document live side by side and an identical file is kept once.
/// Records are "impossible to delete or alter" (DOMAIN.md §2): a blob is never overwritten.
/// </summary>
public sealed class BlobStore
{
    private const int BufferSize = 81920;

    private readonly string root;

    public BlobStore(string dataDir)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        DataDir = Path.GetFullPath(dataDir);
        root = Path.Combine(DataDir, "blobs", "sm3");
    }

    public string DataDir { get; }

    /// <summary>
    /// Writes the content to a temporary file beside the blobs while hashing it, then renames it to
    /// its SM3 address: readers never see half a file, and a crash leaves only a stray temporary.
    /// </summary>
    public async Task<StoredFile> WriteAsync(Stream content, string fileName, string mediaType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        Directory.CreateDirectory(root);

        // Same folder tree as the target, so the rename stays on one file system and is atomic.
        var temp = Path.Combine(root, $".{Guid.NewGuid():N}.tmp");
        var hasher = ChainHashAlgorithm.Sm3.CreateHasher();
        long size = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    hasher.Append(buffer.AsSpan(0, read));
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                // On disk before it gets its name: a stored hash must never point at lost bytes.
                file.Flush(flushToDisk: true);
            }

            var digest = new byte[hasher.HashSize];
            hasher.FinishInto(digest);
            var stored = new StoredFile(StoredFile.Sm3Prefix + Convert.ToHexStringLower(digest), fileName, mediaType, size);
            Commit(temp, PathOf(stored.Hash));
            return stored;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            File.Delete(temp);
        }
    }

    public async Task<StoredFile> WriteAsync(ReadOnlyMemory<byte> content, string fileName, string mediaType, CancellationToken cancellationToken = default)
    {
        using var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        return await WriteAsync(stream, fileName, mediaType, cancellationToken);
    }

    /// <summary>Opens a stored file for reading.</summary>
    /// <exception cref="SanXiangException"><see cref="ErrorCodes.NotFound"/> when no blob has this hash.</exception>
    public Stream OpenRead(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return OpenRead(file.Hash);
    }

    /// <inheritdoc cref="OpenRead(StoredFile)"/>
    public Stream OpenRead(string hash)
    {
        var path = PathOf(hash);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SanXiangException(ErrorCodes.NotFound, $"文件 {hash} 不在文件存储中（应位于 {path}）。");
        }
    }

    public bool Exists(string hash) => File.Exists(PathOf(hash));

    /// <summary>The blob's full path; the hash is checked first, so nothing a caller sends can leave the blob folder.</summary>
    public string PathOf(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var hex = Sm3Hex(hash)
            ?? throw new SanXiangException(ErrorCodes.ValidationFailed, $"“{hash}”不是 SM3 内容哈希（应为 sm3: 加 64 位小写十六进制数字）。");
        return Path.Combine(root, hex[..2], hex);
    }

    private static string? Sm3Hex(string hash) =>
        hash.StartsWith(StoredFile.Sm3Prefix, StringComparison.Ordinal) && hash[StoredFile.Sm3Prefix.Length..] is { Length: 64 } hex && hex.All(char.IsAsciiHexDigitLower)
            ? hex
            : null;

    private static void Commit(string temp, string target)
    {
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another writer stored the same bytes first; theirs is identical, so ours is dropped.
        }
    }
}
