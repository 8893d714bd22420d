using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace SanXiang.Web.Uploads;

/// <summary>
/// Moves bytes from a request body to the part in three stages that overlap — reading the socket,
/// hashing (SM3, and the chunk's <c>Upload-Checksum</c> when the client sent one), writing — through
/// a fixed ring of buffers: memory stays at <see cref="Depth"/> buffers whatever the file size, each
/// byte is hashed once, and a stage that waits a moment (a slow socket, a busy core) does not stall
/// the others, so the upload runs at the speed of its slowest stage, the hash.
/// </summary>
internal static class UploadPump
{
    public const int BufferSize = 1024 * 1024;

    public const int Depth = 4;

    /// <summary>
    /// Appends <paramref name="body"/> to <paramref name="part"/>, at most <paramref name="room"/> bytes. Every byte
    /// read is hashed and written, also when the client goes away (tus 1.0 §PATCH: keep what arrived), so
    /// <see cref="UploadSession.HashedTo"/> ends equal to what is stored — or <see cref="UploadSession.Unknown"/> after a failed write.
    /// </summary>
    public static async Task<ChunkReceipt> ReceiveAsync(
        Stream body, Stream part, long position, long room, UploadSession session, ChunkChecksum? checksum, CancellationToken aborted)
    {
        var buffers = Enumerable.Range(0, Depth).Select(_ => ArrayPool<byte>.Shared.Rent(BufferSize)).ToArray();
        var free = Channel.CreateBounded<byte[]>(Depth);
        foreach (var buffer in buffers)
        {
            free.Writer.TryWrite(buffer);
        }

        var toHash = Channel.CreateUnbounded<(byte[] Buffer, int Count)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var toWrite = Channel.CreateUnbounded<(byte[] Buffer, int Count)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var failed = new CancellationTokenSource();
        var written = 0L;
        var hashing = Task.Run(() => HashAsync(toHash.Reader, toWrite.Writer, session, checksum, failed));
        var writing = Task.Run(async () =>
        {
            try
            {
                await foreach (var (buffer, count) in toWrite.Reader.ReadAllAsync())
                {
                    await part.WriteAsync(buffer.AsMemory(0, count));
                    written += count;
                    free.Writer.TryWrite(buffer);
                }
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        });

        Exception? gone = null;
        var received = 0L;
        var tooLong = false;
        try
        {
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(aborted, failed.Token);
            while (true)
            {
                var buffer = await free.Reader.ReadAsync(reading.Token);
                var count = await FillAsync(body, buffer, reading.Token);
                if (count == 0)
                {
                    break;
                }

                if (received + count > room)
                {
                    tooLong = true;
                    break;
                }

                received += count;
                toHash.Writer.TryWrite((buffer, count));
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException && !failed.IsCancellationRequested)
        {
            // The client went away; what it sent before still goes through the hash and onto the part.
            gone = e;
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested)
        {
            // A later stage failed; its exception is the one that counts.
        }
        finally
        {
            toHash.Writer.TryComplete();
            try
            {
                await Task.WhenAll(hashing, writing);
                session.HashedTo = position + written;
            }
            catch
            {
                session.HashedTo = UploadSession.Unknown;
                throw;
            }
            finally
            {
                // Every stage has stopped, so no buffer is in use any more.
                foreach (var buffer in buffers)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }

        if (gone is not null)
        {
            ExceptionDispatchInfo.Throw(gone);
        }

        return new ChunkReceipt(written, tooLong);
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

    // The one hash of the whole file, and the client's own check of this chunk (tus checksum extension) only when it asked for one.
    private static async Task HashAsync(
        ChannelReader<(byte[] Buffer, int Count)> input, ChannelWriter<(byte[] Buffer, int Count)> output, UploadSession session, ChunkChecksum? checksum, CancellationTokenSource failed)
    {
        try
        {
            await foreach (var (buffer, count) in input.ReadAllAsync())
            {
                session.Sm3.Append(buffer.AsSpan(0, count));
                checksum?.Append(buffer.AsSpan(0, count));
                output.TryWrite((buffer, count));
            }
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
        finally
        {
            output.TryComplete();
        }
    }

    // Fills the whole buffer unless the body ends, so the part gets few large writes.
    private static async Task<int> FillAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < BufferSize)
        {
            var read = await body.ReadAsync(buffer.AsMemory(filled, BufferSize - filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
