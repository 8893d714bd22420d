using System.Buffers;
using System.Globalization;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Silo.Uploads;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.Blobs;

/// <summary>
/// The embedded blob store: a folder under the data directory, which every process of a cluster must
/// share (a network file system with POSIX renames and locks). Finished files lie by content,
/// <c>blobs/sm3/{aa}/{sm3}</c>, so an uploaded recording and a generated document live side by side
/// and an identical file is kept once; records are "impossible to delete or alter" (DOMAIN.md §2), so a
/// blob is never overwritten. Unfinished uploads are <c>uploads/{tenant}/{id}.part</c>, with
/// <c>{id}.verifying</c> beside one whose last chunk awaits its checksum.
/// </summary>
public sealed class FolderBlobStore : IBlobStore
{
    private const int BufferSize = 81920;

    // Temporary files of a writer that was killed are this old at least before anyone takes them for
    // abandoned; younger ones may belong to a process that is still writing on another machine.
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    private readonly string root;
    private readonly string uploads;

    public FolderBlobStore(string dataDir)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        DataDir = Path.GetFullPath(dataDir);
        root = Path.Combine(DataDir, "blobs", "sm3");
        uploads = Path.Combine(DataDir, "uploads");
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

    public void CreatePart(UploadKey upload)
    {
        var path = PartPath(upload);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Open(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite).Dispose();
    }

    public UploadPart? FindPart(UploadKey upload)
    {
        var part = new FileInfo(PartPath(upload));
        if (!part.Exists)
        {
            return null;
        }

        var marker = MarkerPath(upload);
        long? unverified = File.Exists(marker) && long.TryParse(ReadMarker(marker), NumberStyles.None, CultureInfo.InvariantCulture, out var from) ? from : null;
        return new UploadPart(part.Length, unverified, part.LastWriteTimeUtc);
    }

    // FileShare.None takes an exclusive lock (flock on Unix), which other processes sharing the folder see too.
    public Stream OpenPartForWriting(UploadKey upload, long offset)
    {
        var stream = new FileStream(PartPath(upload), FileMode.Open, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
        stream.Position = offset;
        return stream;
    }

    public Stream OpenPartForReading(UploadKey upload) =>
        new FileStream(PartPath(upload), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void MarkUnverified(UploadKey upload, long offset) =>
        File.WriteAllText(MarkerPath(upload), offset.ToString(CultureInfo.InvariantCulture));

    public void ClearUnverified(UploadKey upload) => File.Delete(MarkerPath(upload));

    public void CutPart(UploadKey upload, long length)
    {
        using (var part = File.OpenHandle(PartPath(upload), FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            RandomAccess.SetLength(part, length);
        }

        ClearUnverified(upload);
    }

    public void CommitPart(UploadKey upload, string sm3Hex)
    {
        var target = PathOf(StoredFile.Sm3Prefix + sm3Hex);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(PartPath(upload), target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(PartPath(upload));
        }

        ClearUnverified(upload);
    }

    public void DeletePart(UploadKey upload)
    {
        File.Delete(PartPath(upload));
        ClearUnverified(upload);
    }

    public IReadOnlyList<UploadKey> Parts()
    {
        if (!Directory.Exists(uploads))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(uploads, "*.part", SearchOption.AllDirectories)
            .Select(path => new UploadKey(Path.GetFileName(Path.GetDirectoryName(path))!, Path.GetFileNameWithoutExtension(path)))
            .Where(key => key.IsValid)];
    }

    public int DeleteAbandonedTemporaries()
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var temp in Directory.EnumerateFiles(root, ".*.tmp"))
        {
            if (TemporaryFiles.TryDeleteAbandoned(temp, Abandoned))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static string ReadMarker(string marker)
    {
        try
        {
            return File.ReadAllText(marker);
        }
        catch (FileNotFoundException)
        {
            return string.Empty;
        }
    }

    private string PartPath(UploadKey upload) =>
        upload.IsValid
            ? Path.Combine(uploads, upload.Tenant, upload.Id + ".part")
            : throw new ArgumentException($"“{upload}” is not an upload key.", nameof(upload));

    private string MarkerPath(UploadKey upload) => Path.ChangeExtension(PartPath(upload), ".verifying");

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
