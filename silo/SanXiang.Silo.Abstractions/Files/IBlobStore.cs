using SanXiang.Silo.Uploads;
using SanXiang.Domain.Files;

namespace SanXiang.Silo.Files;

/// <summary>
/// Where files are kept, for every process that needs them: the silos (generated documents, case
/// files) and the web hosts (uploads, downloads). Finished files are kept by content (SM3) and never
/// overwritten; an unfinished upload's bytes are a part that grows until it is committed as a blob.
/// The embedded default is a folder in the data directory, which every process of a cluster must share.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores the content under its SM3 while hashing it (one pass); an identical file already stored is kept once.</summary>
    Task<StoredFile> WriteAsync(Stream content, string fileName, string mediaType, CancellationToken cancellationToken = default);

    /// <summary>A readable, seekable stream of a stored file.</summary>
    /// <exception cref="Errors.SanXiangException"><see cref="Errors.ErrorCodes.NotFound"/> when no blob has this hash.</exception>
    Stream OpenRead(string hash);

    bool Exists(string hash);

    /// <summary>Starts an empty part; an existing one is kept.</summary>
    void CreatePart(UploadKey upload);

    /// <summary>The part's size, pending verification and last write; null when there is none.</summary>
    UploadPart? FindPart(UploadKey upload);

    /// <summary>
    /// Opens the part for appending at <paramref name="offset"/>, for this writer alone: a second writer —
    /// in this process or another — gets an <see cref="IOException"/> until the first lets go.
    /// </summary>
    Stream OpenPartForWriting(UploadKey upload, long offset);

    Stream OpenPartForReading(UploadKey upload);

    /// <summary>Notes that the bytes after <paramref name="offset"/> are not verified yet (a checksummed chunk being written); a crash leaves the note.</summary>
    void MarkUnverified(UploadKey upload, long offset);

    void ClearUnverified(UploadKey upload);

    /// <summary>Cuts the part back to <paramref name="length"/> bytes and drops the unverified note.</summary>
    void CutPart(UploadKey upload, long length);

    /// <summary>Turns the finished part into the blob of <paramref name="sm3Hex"/> (moved, or dropped when that blob exists).</summary>
    void CommitPart(UploadKey upload, string sm3Hex);

    void DeletePart(UploadKey upload);

    /// <summary>Every part in the store, for the sweep of expired and orphaned uploads.</summary>
    IReadOnlyList<UploadKey> Parts();

    /// <summary>Removes what writers killed mid-write left behind (half-written blobs); files still being written stay.</summary>
    int DeleteAbandonedTemporaries();
}
