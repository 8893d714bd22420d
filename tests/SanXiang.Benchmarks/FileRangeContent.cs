using System.Net;

namespace SanXiang.Benchmarks;

/// <summary>A PATCH body read from part of a file through one 1 MiB buffer, so the client never holds a chunk in memory either.</summary>
internal sealed class FileRangeContent(string path, long offset, long length) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var buffer = new byte[1024 * 1024];
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        for (var position = offset; position < offset + length;)
        {
            var read = await RandomAccess.ReadAsync(file, buffer.AsMemory(0, (int)Math.Min(buffer.Length, offset + length - position)), position);
            await stream.WriteAsync(buffer.AsMemory(0, read));
            position += read;
        }
    }

    protected override bool TryComputeLength(out long length1)
    {
        length1 = length;
        return true;
    }
}
