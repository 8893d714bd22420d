using System.Runtime.InteropServices;
using SanXiang.Domain.Files;

namespace SanXiang.Silo.Files;

public static class BlobStoreExtensions
{
    /// <summary>Stores bytes already in memory (a rendered document) as <see cref="IBlobStore.WriteAsync"/> does a stream.</summary>
    public static async Task<StoredFile> WriteAsync(this IBlobStore store, ReadOnlyMemory<byte> content, string fileName, string mediaType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        return await store.WriteAsync(stream, fileName, mediaType, cancellationToken);
    }
}
