namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// How much the verifier reads of a case file before it refuses it (CASE_FILE_TOO_LARGE): an archive
/// that inflates beyond what a genuine case file could hold, an entry larger than its kind needs or
/// than the zip declares, a line of events.jsonl without an end. Memory stays bounded by these,
/// whatever the zip claims; a refusal is an unusable input, never a crash.
/// </summary>
public sealed record CaseFileLimits
{
    private const long MiB = 1024 * 1024;

    /// <summary>All entries together, inflated.</summary>
    public long MaxTotalBytes { get; init; } = 64L * 1024 * MiB;

    public long MaxManifestBytes { get; init; } = 16 * MiB;

    public long MaxEventsBytes { get; init; } = 256 * MiB;

    /// <summary>One event: its payload is a case's facts and text, far below this.</summary>
    public int MaxEventLineBytes { get; init; } = 4 * (int)MiB;

    public long MaxProofsBytes { get; init; } = 128 * MiB;

    /// <summary>The checkpoint note, the public key and the case head.</summary>
    public long MaxSmallEntryBytes { get; init; } = 1 * MiB;

    /// <summary>
    /// Limits for a zip of <paramref name="archiveLength"/> bytes: recordings and documents are stored
    /// uncompressed, so a genuine case file inflates to little more than its size; the JSON entries
    /// compress well, which the fixed allowance covers.
    /// </summary>
    public static CaseFileLimits ForArchive(long archiveLength) => new() { MaxTotalBytes = Math.Max(0, archiveLength) * 2 + (256 * MiB) };
}
