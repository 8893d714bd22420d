using System.Runtime.CompilerServices;
using System.Text;

namespace SanXiang.Domain.CaseFiles;

/// <summary>The lines of a stream, each at most a given number of bytes: a line without an end is refused, not buffered.</summary>
internal static class BoundedLines
{
    public static async IAsyncEnumerable<string> ReadAsync(Stream stream, int maxLineBytes, string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var line = new MemoryStream();
        var buffer = new byte[81920];
        int count;
        while ((count = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Append(line, buffer, start, i - start, maxLineBytes, path);
                yield return Decode(encoding, line);
                line.SetLength(0);
                start = i + 1;
            }

            Append(line, buffer, start, count - start, maxLineBytes, path);
        }

        if (line.Length > 0)
        {
            yield return Decode(encoding, line);
        }
    }

    private static void Append(MemoryStream line, byte[] buffer, int offset, int count, int maxLineBytes, string path)
    {
        if (line.Length + count > maxLineBytes)
        {
            throw new CaseFileTooLargeException($"“{path}”中有一行超过了 {maxLineBytes} 字节，不是本平台写出的事件记录，拒绝校验。");
        }

        line.Write(buffer, offset, count);
    }

    private static string Decode(UTF8Encoding encoding, MemoryStream line)
    {
        var text = encoding.GetString(line.GetBuffer(), 0, (int)line.Length);
        return text.EndsWith('\r') ? text[..^1] : text;
    }
}
