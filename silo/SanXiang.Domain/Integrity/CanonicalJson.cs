using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// The canonical form of an event payload, so that payloads that mean the same hash alike and any
/// byte that changes the meaning changes the hash.
/// </summary>
/// <remarks>
/// A subset of RFC 8785 (JCS) with one deliberate departure:
/// <list type="bullet">
/// <item>no insignificant whitespace;</item>
/// <item>object members sorted by their names' UTF-16 code units (RFC 8785 §3.2.3); duplicate names are
/// refused, because a reader could take either value;</item>
/// <item>strings unescaped and written again the RFC 8785 §3.2.2.2 way: only <c>"</c>, <c>\</c> and
/// U+0000–U+001F are escaped (<c>\b \t \n \f \r</c>, else <c>\u00xx</c> in lower case); everything else,
/// Chinese included, as UTF-8, so <c>"\u4e2d"</c> and <c>"中"</c> hash alike;</item>
/// <item>numbers exactly as written. JCS would re-print them as IEEE-754 doubles (RFC 8785 §3.2.2.3),
/// which merges distinct amounts above 2^53 and distinct long decimals; a hash that merges two
/// different fines would hide tampering. The price is that <c>1.0</c> and <c>1</c> hash differently:
/// verification re-canonicalises the stored text, so this never raises a false alarm.</item>
/// </list>
/// </remarks>
public static class CanonicalJson
{
    // Strict: a lone surrogate must not quietly become U+FFFD and merge with a real U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Canonicalize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var output = new ArrayBufferWriter<byte>(json.Length + 16);
        Write(json, output);
        return output.WrittenSpan.ToArray();
    }

    /// <exception cref="FormatException">The text is not JSON, holds a lone surrogate, or an object repeats a member name.</exception>
    public static void Write(string json, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(output);

        // Transcode strictly ourselves: JsonDocument.Parse(string) would turn a lone surrogate into U+FFFD.
        var utf8 = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(json.Length));
        try
        {
            int length;
            try
            {
                length = StrictUtf8.GetBytes(json, utf8);
            }
            catch (EncoderFallbackException exception)
            {
                throw new FormatException("事件载荷含有无效的 Unicode 字符（孤立的代理项）。", exception);
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8.AsMemory(0, length));
            }
            catch (JsonException exception)
            {
                throw new FormatException("事件载荷不是有效的 JSON。", exception);
            }

            using (document)
            {
                try
                {
                    WriteValue(document.RootElement, output);
                }
                catch (InvalidOperationException exception)
                {
                    // System.Text.Json refuses to unescape a lone surrogate such as "\ud800" into a string.
                    throw new FormatException("事件载荷含有无效的 Unicode 字符（孤立的代理项）。", exception);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static void WriteValue(JsonElement element, IBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output);
                break;
            case JsonValueKind.Array:
                output.Write("["u8);
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }

                    first = false;
                    WriteValue(item, output);
                }

                output.Write("]"u8);
                break;
            case JsonValueKind.String:
                var raw = JsonMarshal.GetRawUtf8Value(element);
                if (raw.IndexOf((byte)'\\') < 0)
                {
                    // Without escapes the text is already canonical: JSON forbids raw control characters
                    // and quotes inside a string, and the bytes were strictly encoded above.
                    output.Write(raw);
                }
                else
                {
                    WriteString(element.GetString()!, output);
                }

                break;
            case JsonValueKind.Number:
                // The parser has already checked the RFC 8259 number grammar; keep the text verbatim.
                output.Write(JsonMarshal.GetRawUtf8Value(element));
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            case JsonValueKind.Null:
                output.Write("null"u8);
                break;
            default:
                throw new FormatException("事件载荷不是有效的 JSON。");
        }
    }

    private static void WriteObject(JsonElement element, IBufferWriter<byte> output)
    {
        var count = element.GetPropertyCount();
        var members = ArrayPool<(string Name, JsonElement Value)>.Shared.Rent(count);
        try
        {
            var i = 0;
            foreach (var member in element.EnumerateObject())
            {
                // JsonProperty.Name allocates on every read; read it once.
                members[i++] = (member.Name, member.Value);
            }

            var sorted = members.AsSpan(0, count);
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            output.Write("{"u8);
            for (i = 0; i < sorted.Length; i++)
            {
                if (i > 0)
                {
                    if (string.Equals(sorted[i - 1].Name, sorted[i].Name, StringComparison.Ordinal))
                    {
                        throw new FormatException($"事件载荷的对象中成员“{sorted[i].Name}”重复出现。");
                    }

                    output.Write(","u8);
                }

                WriteString(sorted[i].Name, output);
                output.Write(":"u8);
                WriteValue(sorted[i].Value, output);
            }

            output.Write("}"u8);
        }
        finally
        {
            ArrayPool<(string Name, JsonElement Value)>.Shared.Return(members, clearArray: true);
        }
    }

    private static void WriteString(string value, IBufferWriter<byte> output)
    {
        output.Write("\""u8);
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            WriteUtf8(value.AsSpan(start, i - start), output);
            output.Write(c switch
            {
                '"' => "\\\""u8,
                '\\' => "\\\\"u8,
                '\b' => "\\b"u8,
                '\t' => "\\t"u8,
                '\n' => "\\n"u8,
                '\f' => "\\f"u8,
                '\r' => "\\r"u8,
                _ => Encoding.ASCII.GetBytes($"\\u{(int)c:x4}"),
            });
            start = i + 1;
        }

        WriteUtf8(value.AsSpan(start), output);
        output.Write("\""u8);
    }

    private static void WriteUtf8(ReadOnlySpan<char> text, IBufferWriter<byte> output)
    {
        if (text.IsEmpty)
        {
            return;
        }

        int written;
        try
        {
            var span = output.GetSpan(StrictUtf8.GetMaxByteCount(text.Length));
            written = StrictUtf8.GetBytes(text, span);
        }
        catch (EncoderFallbackException exception)
        {
            throw new FormatException("事件载荷含有无效的 Unicode 字符（孤立的代理项）。", exception);
        }

        output.Advance(written);
    }
}
