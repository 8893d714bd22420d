namespace SanXiang.Web.GraphQL.Http;

/// <summary>
/// A memory stream that refuses to grow past a limit: a response is serialized into it first, so
/// that one too large is never sent in part and never takes more memory than the limit.
/// </summary>
public sealed class CappedBuffer(long limit) : MemoryStream
{
    public long Limit { get; } = limit;

    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Check(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Check(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Check(int count)
    {
        if (Position + count > Limit)
        {
            throw new ResponseTooLargeException(Limit);
        }
    }
}
