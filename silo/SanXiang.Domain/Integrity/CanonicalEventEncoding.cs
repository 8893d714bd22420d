using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// The bytes an event's chain hash is computed over. Version 1:
/// <code>
/// field("SANXIANG-CASE-EVENT")   domain separation from the genesis input and anything else we hash
/// 0x01                           encoding version
/// field(algorithm name)          "SM3" | "SHA-256": a hash is bound to the function that made it
/// field(tenant)  field(case)
/// u64(sequence)
/// field(kind)
/// field(canonical payload)       see CanonicalJson
/// field(actor)
/// field(at)                      "yyyy-MM-ddTHH:mm:ss.ffffffZ", UTC, always 6 fraction digits
/// field(previous hash)           raw bytes
/// u32(file count) field(file hash)*   sorted ordinally; printable ASCII only
/// where field(x) = u32(byte length of x) || x, strings are UTF-8 exactly as stored (no Unicode
/// normalisation: the stored bytes are the record), and integers are big-endian.
/// </code>
/// Length prefixes make the encoding injective: ("ab","c") and ("a","bc") cannot collide.
/// </summary>
public static class CanonicalEventEncoding
{
    public const byte Version = 1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadOnlySpan<byte> EventTag => "SANXIANG-CASE-EVENT"u8;

    public static ReadOnlySpan<byte> GenesisTag => "SANXIANG-CASE-GENESIS"u8;

    /// <summary>Converts to UTC and drops sub-microsecond ticks, as the database will.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    public static byte[] Encode(EventRecord record)
    {
        var output = new ArrayBufferWriter<byte>(256);
        Write(record, output);
        return output.WrittenSpan.ToArray();
    }

    /// <exception cref="FormatException">The payload is not JSON, a string is not valid UTF-16, the time
    /// is finer than a microsecond, or a file hash is not printable ASCII.</exception>
    public static void Write(EventRecord record, IBufferWriter<byte> output) => Write(record, output, new ArrayBufferWriter<byte>());

    /// <param name="payloadScratch">Reused by <see cref="ChainHasher"/> so a long chain does not allocate one per event.</param>
    internal static void Write(EventRecord record, IBufferWriter<byte> output, ArrayBufferWriter<byte> payloadScratch)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        WriteField(EventTag, output);
        WriteByte(Version, output);
        WriteField(record.Algorithm, output);
        WriteField(record.TenantId, output);
        WriteField(record.CaseId, output);
        WriteUInt64(checked((ulong)record.Sequence), output);
        WriteField(record.Kind, output);
        WritePayload(record.Payload, output, payloadScratch);
        WriteField(record.Actor, output);
        WriteTime(record.At, output);
        WriteField(record.PreviousHash, output);
        WriteFileHashes(record.FileHashes, output);
    }

    /// <summary>The bytes the genesis value is hashed over: the chain's start is bound to its case.</summary>
    public static void WriteGenesis(string algorithm, string tenantId, string caseId, IBufferWriter<byte> output)
    {
        WriteField(GenesisTag, output);
        WriteByte(Version, output);
        WriteField(algorithm, output);
        WriteField(tenantId, output);
        WriteField(caseId, output);
    }

    public static string FormatTime(DateTimeOffset at) => UtcForHashing(at).ToString(TimeFormat, CultureInfo.InvariantCulture);

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    // Years 0001–9999 always give 27 characters, all ASCII.
    private const int TimeLength = 27;

    private static DateTimeOffset UtcForHashing(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        if (utc.Ticks % 10 != 0)
        {
            throw new FormatException("事件时间精度超过微秒，数据库无法原样保存；请先调用 ToStoredPrecision。");
        }

        return utc;
    }

    private static void WriteTime(DateTimeOffset at, IBufferWriter<byte> output)
    {
        var utc = UtcForHashing(at);
        WriteUInt32(TimeLength, output);
        if (!utc.TryFormat(output.GetSpan(TimeLength), out var written, TimeFormat, CultureInfo.InvariantCulture) || written != TimeLength)
        {
            throw new FormatException("事件时间无法按固定格式书写。");
        }

        output.Advance(written);
    }

    private static void WritePayload(string payload, IBufferWriter<byte> output, ArrayBufferWriter<byte> scratch)
    {
        ArgumentNullException.ThrowIfNull(payload);
        scratch.ResetWrittenCount();
        // The canonical payload's length is known only once it is written, and a buffer writer cannot go
        // back to fill in a prefix, so canonicalise aside first.
        CanonicalJson.Write(payload, scratch);
        WriteField(scratch.WrittenSpan, output);
    }

    private static void WriteFileHashes(IReadOnlyList<string> fileHashes, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(fileHashes);
        WriteUInt32(checked((uint)fileHashes.Count), output);
        if (fileHashes.Count == 0)
        {
            return;
        }

        var sorted = fileHashes.ToArray();
        foreach (var hash in sorted)
        {
            if (hash is null || hash.Length == 0 || hash.AsSpan().ContainsAnyExceptInRange('!', '~'))
            {
                throw new FormatException($"附件哈希“{hash}”不是可打印的 ASCII 字符串。");
            }
        }

        // Ordinal order on printable ASCII is byte order, so any implementation sorts alike.
        Array.Sort(sorted, StringComparer.Ordinal);
        foreach (var hash in sorted)
        {
            WriteField(hash, output);
        }
    }

    private static void WriteField(string text, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        int length;
        try
        {
            length = StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException exception)
        {
            throw new FormatException("事件字段含有无效的 Unicode 字符（孤立的代理项）。", exception);
        }

        WriteUInt32((uint)length, output);
        var span = output.GetSpan(length);
        StrictUtf8.GetBytes(text, span);
        output.Advance(length);
    }

    private static void WriteField(ReadOnlySpan<byte> bytes, IBufferWriter<byte> output)
    {
        WriteUInt32((uint)bytes.Length, output);
        output.Write(bytes);
    }

    private static void WriteByte(byte value, IBufferWriter<byte> output)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static void WriteUInt32(uint value, IBufferWriter<byte> output)
    {
        BinaryPrimitives.WriteUInt32BigEndian(output.GetSpan(4), value);
        output.Advance(4);
    }

    private static void WriteUInt64(ulong value, IBufferWriter<byte> output)
    {
        BinaryPrimitives.WriteUInt64BigEndian(output.GetSpan(8), value);
        output.Advance(8);
    }
}
