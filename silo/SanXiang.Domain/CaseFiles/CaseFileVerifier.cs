using System.IO.Compression;

namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// Checks a case-file zip offline, with nothing but the zip: every event's hash recomputed and chained,
/// every file's SM3 against the manifest and the event that attached it, every event's inclusion proof
/// against the signed checkpoint's root, the checkpoint's SM2 signature, and files missing or added.
/// </summary>
/// <remarks>
/// The public key travels in the zip, so a valid verdict says the case file is what the holder of that
/// key signed; whoever relies on it compares the key (or the checkpoint) with the one the agency
/// publishes. Files are hashed as they stream out of the zip; only per-event hashes are kept in memory.
/// </remarks>
public static class CaseFileVerifier
{
    public static async Task<CaseFileVerdict> VerifyFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await VerifyAsync(file, null, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="zip">Seekable (a file): reading a zip needs its central directory at the end.</param>
    /// <param name="limits">What may be read before the file is refused; by default <see cref="CaseFileLimits.ForArchive"/> of the zip's length.</param>
    public static async Task<CaseFileVerdict> VerifyAsync(Stream zip, CaseFileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zip);
        if (!zip.CanSeek)
        {
            throw new ArgumentException("案卷文件须可随机读取（先保存为文件）。", nameof(zip));
        }

        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(zip, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // A cut-off zip fails in more ways than "not a zip" (a short read, an offset past the end); all are bad input.
            return CaseFileInspection.Unusable(CaseFileCodes.ZipUnreadable, "文件不是 zip 压缩包，或已损坏、不完整，无法读取。");
        }

        await using (archive.ConfigureAwait(false))
        {
            return await new CaseFileInspection(archive, limits ?? CaseFileLimits.ForArchive(zip.Length)).RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
