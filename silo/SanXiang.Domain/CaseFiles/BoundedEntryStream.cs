namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// Reads one zip entry, refusing to go past its limit or past the size the zip declared for it, and
/// counting into the archive's shared budget: a zip bomb stops at the first byte too many.
/// </summary>
internal sealed class BoundedEntryStream(Stream inner, string path, long limit, CaseFileBudget budget) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Count(int bytes)
    {
        read += bytes;
        if (read > limit)
        {
            throw new CaseFileTooLargeException($"“{path}”超过了 {limit} 字节（它在压缩包中声明的大小或这类文件的上限），拒绝校验。");
        }

        budget.Take(bytes);
        return bytes;
    }
}
