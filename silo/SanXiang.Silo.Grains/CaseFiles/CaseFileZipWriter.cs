using System.IO.Compression;
using SanXiang.Domain.CaseFiles;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>Writes entries into the case-file zip, hashing each as it streams in, and remembers them for the manifest.</summary>
internal sealed class CaseFileZipWriter(ZipArchive zip)
{
    public List<CaseFileEntry> Entries { get; } = [];

    /// <summary>Streams <paramref name="source"/> into a new entry; media and .docx are stored as they are (already compressed, and a 2 GB video must not cost CPU twice).</summary>
    public async Task<CaseFileEntry> WriteAsync(string path, string role, Stream source, CompressionLevel level, long? sequence, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, level);
        var target = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        (string Hash, long Size) written;
        await using (target.ConfigureAwait(false))
        {
            written = await ContentHash.CopyAsync(source, target, cancellationToken).ConfigureAwait(false);
        }

        var listed = new CaseFileEntry(path, role, written.Hash, written.Size, sequence);
        Entries.Add(listed);
        return listed;
    }

    public async Task<CaseFileEntry> WriteAsync(string path, string role, byte[] content, CancellationToken cancellationToken)
    {
        using var source = new MemoryStream(content, writable: false);
        return await WriteAsync(path, role, source, CompressionLevel.Optimal, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An entry written piece by piece (events.jsonl), hashed as it goes.</summary>
    public async Task<CaseFileEntry> WriteLinesAsync(string path, string role, IAsyncEnumerable<byte[]> lines, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        var hash = new ContentHash();
        var target = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (target.ConfigureAwait(false))
        {
            await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                hash.Append(line);
                await target.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            }
        }

        var size = hash.Length;
        var listed = new CaseFileEntry(path, role, hash.Finish(), size);
        Entries.Add(listed);
        return listed;
    }
}
