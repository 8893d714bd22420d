namespace SanXiang.Web.Tests.Uploads;

/// <summary>
/// Random bytes that begin as the declared format does, since the server checks a file's first bytes
/// against its declared type: an MP4 (<c>ftyp isom</c>) for recordings, a PDF for scans.
/// </summary>
public static class SampleFiles
{
    private static readonly byte[] Mp4Head = [0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00];

    public static byte[] Mp4(int length, int? seed = null) => WithHead(Mp4Head, length, seed);

    public static byte[] Jpeg(int length, int? seed = null) => WithHead([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00], length, seed);

    public static byte[] Pdf(int length, int? seed = null) => WithHead("%PDF-1.7\n%\u00e2\u00e3\n"u8.ToArray(), length, seed);

    public static string Sm3Hex(byte[] data) => Convert.ToHexStringLower(SanXiang.Domain.Integrity.ChainHashAlgorithm.Sm3.Hash(data));

    private static byte[] WithHead(byte[] head, int length, int? seed)
    {
        var data = new byte[length];
        (seed is { } value ? new Random(value) : Random.Shared).NextBytes(data);
        head.AsSpan(0, Math.Min(head.Length, length)).CopyTo(data);
        return data;
    }
}
