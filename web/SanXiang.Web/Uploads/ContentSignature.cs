namespace SanXiang.Web.Uploads;

/// <summary>The leading bytes of a file format (its "magic number").</summary>
internal sealed class ContentSignature
{
    private readonly Test test;

    private ContentSignature(Test test) => this.test = test;

    private delegate bool Test(ReadOnlySpan<byte> head);

    public static readonly ContentSignature Jpeg = Prefix(0xFF, 0xD8, 0xFF);
    public static readonly ContentSignature Png = Prefix(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
    public static readonly ContentSignature Gif = new(head => Starts(head, "GIF87a"u8) || Starts(head, "GIF89a"u8));
    public static readonly ContentSignature Webp = Riff("WEBP"u8.ToArray());
    public static readonly ContentSignature Bmp = Prefix((byte)'B', (byte)'M');
    public static readonly ContentSignature Tiff = new(head => Starts(head, [0x49, 0x49, 0x2A, 0x00]) || Starts(head, [0x4D, 0x4D, 0x00, 0x2A]));

    /// <summary>ISO base media (MP4, QuickTime, 3GP, HEIF, M4A): a box named <c>ftyp</c>, or an old QuickTime file's first atom.</summary>
    public static readonly ContentSignature IsoMedia = new(head =>
        head.Length >= 12 && (At(head, 4, "ftyp"u8) || At(head, 4, "moov"u8) || At(head, 4, "mdat"u8) || At(head, 4, "wide"u8) || At(head, 4, "free"u8)));

    public static readonly ContentSignature Matroska = Prefix(0x1A, 0x45, 0xDF, 0xA3);
    public static readonly ContentSignature Avi = Riff("AVI "u8.ToArray());
    public static readonly ContentSignature Wave = Riff("WAVE"u8.ToArray());
    public static readonly ContentSignature MpegProgram = new(head => Starts(head, [0x00, 0x00, 0x01, 0xBA]) || Starts(head, [0x00, 0x00, 0x01, 0xB3]));

    /// <summary>An ID3 tag, or an MPEG audio frame header (eleven sync bits).</summary>
    public static readonly ContentSignature Mp3 = new(head => Starts(head, "ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0));

    /// <summary>An ADTS frame header (sync bits and layer 0), or an ADIF header.</summary>
    public static readonly ContentSignature Aac = new(head => Starts(head, "ADIF"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xF6) == 0xF0));

    public static readonly ContentSignature Ogg = new(head => Starts(head, "OggS"u8));
    public static readonly ContentSignature Flac = new(head => Starts(head, "fLaC"u8));
    public static readonly ContentSignature Amr = new(head => Starts(head, "#!AMR"u8));
    public static readonly ContentSignature Pdf = new(head => Starts(head, "%PDF-"u8));
    public static readonly ContentSignature Zip = Prefix(0x50, 0x4B, 0x03, 0x04);
    public static readonly ContentSignature OleCompound = Prefix(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);

    public bool Matches(ReadOnlySpan<byte> head) => test(head);

    private static ContentSignature Prefix(params byte[] prefix) => new(head => Starts(head, prefix));

    private static ContentSignature Riff(byte[] form) => new(head => Starts(head, "RIFF"u8) && At(head, 8, form));

    private static bool Starts(ReadOnlySpan<byte> head, ReadOnlySpan<byte> prefix) => head.StartsWith(prefix);

    private static bool At(ReadOnlySpan<byte> head, int offset, ReadOnlySpan<byte> value) =>
        head.Length >= offset + value.Length && head.Slice(offset, value.Length).SequenceEqual(value);
}
