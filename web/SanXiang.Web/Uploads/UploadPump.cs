using System.Buffers;

namespace SanXiang.Web.Uploads;

/// <summary>
/// Moves bytes from a request body to the part through two fixed buffers, hashing them on the way:
/// memory stays at two buffers whatever the file size. While one buffer is written and hashed the
/// next is read from the socket; SM3 runs beside the write, so the socket, the disk and the hash
/// overlap and each byte is hashed once.
/// </summary>
internal static class UploadPump
{
    public const int BufferSize = 1024 * 1024;

    /// <summary>Appends <paramref name="body"/> to <paramref name="part"/>, at most <paramref name="room"/> bytes; keeps <see cref="UploadSession.HashedTo"/> equal to what is stored.</summary>
    public static async Task<ChunkReceipt> ReceiveAsync(
        Stream body, Stream part, long position, long room, UploadSession session, ChunkChecksum? checksum, CancellationToken aborted)
    {
        var buffers = new[] { ArrayPool<byte>.Shared.Rent(BufferSize), ArrayPool<byte>.Shared.Rent(BufferSize) };
        var written = 0L;
        var writing = false;
        Task<int>? next = null;
        try
        {
            var current = 0;
            next = FillAsync(body, buffers[current], aborted);
            while (true)
            {
                var count = await next;
                next = null;
                if (count == 0)
                {
                    return new ChunkReceipt(written, TooLong: false);
                }

                if (written + count > room)
                {
                    return new ChunkReceipt(written, TooLong: true);
                }

                next = FillAsync(body, buffers[current ^ 1], aborted);

                // Bytes that arrived are kept even if the client goes away (tus 1.0 §PATCH: the
                // server should store as much as it received), so the write ignores the abort.
                writing = true;
                await WriteAndHashAsync(part, buffers[current], count, session, checksum);
                writing = false;
                written += count;
                session.HashedTo = position + written;
                current ^= 1;
            }
        }
        catch when (writing)
        {
            // A failed write leaves the hasher ahead of (or apart from) the store: hash again next time.
            session.HashedTo = UploadSession.Unknown;
            throw;
        }
        finally
        {
            if (next is not null)
            {
                // The read in flight still uses a buffer; let it finish before the buffer goes back to the pool.
                await Task.WhenAny(next);
            }

            ArrayPool<byte>.Shared.Return(buffers[0]);
            ArrayPool<byte>.Shared.Return(buffers[1]);
        }
    }

    /// <summary>Hashes the first <paramref name="length"/> bytes of <paramref name="part"/> into a fresh hasher (after a restart or a refused chunk).</summary>
    public static async Task RehashAsync(Stream part, long length, UploadSession session)
    {
        session.Restart();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            for (var position = 0L; position < length;)
            {
                var count = await part.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, length - position)));
                if (count == 0)
                {
                    throw new IOException($"The part is shorter than {length} bytes.");
                }

                session.Sm3.Append(buffer.AsSpan(0, count));
                position += count;
            }

            session.HashedTo = length;
        }
        catch
        {
            session.HashedTo = UploadSession.Unknown;
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task WriteAndHashAsync(Stream part, byte[] buffer, int count, UploadSession session, ChunkChecksum? checksum)
    {
        var sm3 = Task.Run(() => session.Sm3.Append(buffer.AsSpan(0, count)));
        try
        {
            await part.WriteAsync(buffer.AsMemory(0, count));
            // The client's own per-chunk check (tus checksum extension), only when it asked for one.
            checksum?.Append(buffer.AsSpan(0, count));
        }
        finally
        {
            await sm3;
        }
    }

    // Fills the whole buffer unless the body ends, so the part gets few large writes.
    private static async Task<int> FillAsync(Stream body, byte[] buffer, CancellationToken aborted)
    {
        var filled = 0;
        while (filled < BufferSize)
        {
            var read = await body.ReadAsync(buffer.AsMemory(filled, BufferSize - filled), aborted);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
