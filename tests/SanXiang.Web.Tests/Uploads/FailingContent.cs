using System.Net;

namespace SanXiang.Web.Tests.Uploads;

/// <summary>A request body that sends its first <paramref name="sent"/> bytes and then breaks, as a dropped connection does.</summary>
public sealed class FailingContent(byte[] data, int sent) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(data.AsMemory(0, sent));
        await stream.FlushAsync();
        throw new IOException("connection dropped");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = data.Length;
        return true;
    }
}
