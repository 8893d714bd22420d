namespace SanXiang.Web.Uploads;

/// <summary>
/// The kinds of file an enforcement record is made of — photos, audio and video from recorders and
/// phones, scans and office documents (OFD is the national layout-document format, GB/T 33190) — each
/// with what its first bytes must look like. A declared type off this list is refused; a declared type
/// must match the content; an undeclared one (or <c>application/octet-stream</c>, which browsers send
/// for an unknown extension) is recorded as what the content turns out to be, or as
/// <c>application/octet-stream</c>. Markup and scripts are never on the list: a served file cannot become a page.
/// </summary>
internal static class MediaTypes
{
    public const string Unknown = "application/octet-stream";

    /// <summary>How many leading bytes <see cref="Resolve"/> looks at.</summary>
    public const int SniffLength = 16;

    private static readonly Dictionary<string, ContentSignature> Accepted = new(StringComparer.Ordinal)
    {
        ["image/jpeg"] = ContentSignature.Jpeg,
        ["image/png"] = ContentSignature.Png,
        ["image/gif"] = ContentSignature.Gif,
        ["image/webp"] = ContentSignature.Webp,
        ["image/bmp"] = ContentSignature.Bmp,
        ["image/tiff"] = ContentSignature.Tiff,
        ["image/heic"] = ContentSignature.IsoMedia,
        ["image/heif"] = ContentSignature.IsoMedia,
        ["video/mp4"] = ContentSignature.IsoMedia,
        ["video/quicktime"] = ContentSignature.IsoMedia,
        ["video/3gpp"] = ContentSignature.IsoMedia,
        ["video/webm"] = ContentSignature.Matroska,
        ["video/x-matroska"] = ContentSignature.Matroska,
        ["video/x-msvideo"] = ContentSignature.Avi,
        ["video/avi"] = ContentSignature.Avi,
        ["video/mpeg"] = ContentSignature.MpegProgram,
        ["audio/mp4"] = ContentSignature.IsoMedia,
        ["audio/x-m4a"] = ContentSignature.IsoMedia,
        ["audio/mpeg"] = ContentSignature.Mp3,
        ["audio/aac"] = ContentSignature.Aac,
        ["audio/wav"] = ContentSignature.Wave,
        ["audio/x-wav"] = ContentSignature.Wave,
        ["audio/ogg"] = ContentSignature.Ogg,
        ["audio/webm"] = ContentSignature.Matroska,
        ["audio/flac"] = ContentSignature.Flac,
        ["audio/amr"] = ContentSignature.Amr,
        ["application/pdf"] = ContentSignature.Pdf,
        ["application/ofd"] = ContentSignature.Zip,
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ContentSignature.Zip,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ContentSignature.Zip,
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = ContentSignature.Zip,
        ["application/msword"] = ContentSignature.OleCompound,
        ["application/vnd.ms-excel"] = ContentSignature.OleCompound,
        ["application/vnd.ms-powerpoint"] = ContentSignature.OleCompound,
    };

    // What an undeclared file is recorded as when its content says so without doubt. Containers that
    // many formats share (zip, OLE, ISO media other than QuickTime) stay application/octet-stream.
    private static readonly (ContentSignature Signature, string MediaType)[] Recognisable =
    [
        (ContentSignature.Jpeg, "image/jpeg"),
        (ContentSignature.Png, "image/png"),
        (ContentSignature.Gif, "image/gif"),
        (ContentSignature.Webp, "image/webp"),
        (ContentSignature.Tiff, "image/tiff"),
        (ContentSignature.Pdf, "application/pdf"),
        (ContentSignature.Avi, "video/x-msvideo"),
        (ContentSignature.Wave, "audio/wav"),
        (ContentSignature.Flac, "audio/flac"),
        (ContentSignature.Amr, "audio/amr"),
        (ContentSignature.Mp3, "audio/mpeg"),
    ];

    public static string AcceptedList => string.Join("、", Accepted.Keys);

    /// <summary>
    /// The declared type as it will be kept: lower case, null for an undeclared one; false for a type
    /// that is not on the list (which also refuses anything with parameters, spaces or line breaks).
    /// </summary>
    public static bool TryNormalise(string? declared, out string? mediaType)
    {
        mediaType = null;
        if (string.IsNullOrEmpty(declared))
        {
            return true;
        }

        var lower = declared.ToLowerInvariant();
        if (lower == Unknown)
        {
            return true;
        }

        if (!Accepted.ContainsKey(lower))
        {
            return false;
        }

        mediaType = lower;
        return true;
    }

    /// <summary>
    /// The type the file is kept and served with, from its declared type (already normalised) and its
    /// first bytes; null when the content is not what was declared.
    /// </summary>
    public static string? Resolve(string? declared, ReadOnlySpan<byte> head)
    {
        if (declared is not null)
        {
            return Accepted.TryGetValue(declared, out var signature) && signature.Matches(head) ? declared : null;
        }

        foreach (var (signature, mediaType) in Recognisable)
        {
            if (signature.Matches(head))
            {
                return mediaType;
            }
        }

        return ContentSignature.IsoMedia.Matches(head) && head[8..12].SequenceEqual("qt  "u8) ? "video/quicktime" : Unknown;
    }

    /// <summary>What a stored file is served as: its own type when it is on the list, else as bytes (a record filed before the list existed).</summary>
    public static string ForServing(string? mediaType) =>
        mediaType is not null && Accepted.ContainsKey(mediaType) ? mediaType : Unknown;
}
