using System.Globalization;
using System.Text.Json;

namespace SanXiang.Web.Uploads;

/// <summary>
/// The files behind uploads, all under the data directory:
/// <c>uploads/{id}.json</c> (the record), <c>uploads/{id}.part</c> (bytes received so far),
/// <c>uploads/{id}.verifying</c> (the offset before a checksummed chunk whose bytes are not yet
/// verified) and, once complete, <c>blobs/sm3/{aa}/{sm3}</c> (content-addressed, shared by
/// identical files).
/// </summary>
public sealed class UploadStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly string uploadsDir;

    public UploadStore(string dataDir)
    {
        DataDir = dataDir;
        uploadsDir = Path.Combine(DataDir, "uploads");
        Directory.CreateDirectory(uploadsDir);
    }

    public string DataDir { get; }

    /// <summary>Ids are 32 lower-case hex digits we made; anything else never reaches the file system.</summary>
    public static bool IsValidId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    public static string NewId() => Guid.NewGuid().ToString("N");

    public string PartPath(string id) => Path.Combine(uploadsDir, id + ".part");

    public string BlobPath(string relative) => Path.Combine(DataDir, relative);

    public async Task<UploadRecord?> LoadAsync(string id)
    {
        if (!IsValidId(id))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(RecordPath(id));
            return await JsonSerializer.DeserializeAsync<UploadRecord>(stream, Json);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Writes beside and renames, so a crash leaves the old record or the new one, never half of one.</summary>
    public async Task SaveAsync(UploadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var path = RecordPath(record.Id);
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, record, Json);
        }

        File.Move(temp, path, overwrite: true);
    }

    public void CreatePart(string id) => File.Create(PartPath(id)).Dispose();

    /// <summary>
    /// The offset a client may resume from (tus 1.0 §HEAD): the bytes on disk, except that a
    /// checksummed chunk still being written (or cut off by a crash) counts for nothing until it is
    /// verified (tus checksum extension: a chunk that cannot be verified must be discarded).
    /// </summary>
    public long VerifiedOffset(UploadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsComplete)
        {
            return record.Length;
        }

        try
        {
            return PendingVerification(record.Id) ?? new FileInfo(PartPath(record.Id)).Length;
        }
        catch (FileNotFoundException)
        {
            // The last PATCH moved the part file to its blob after this record was read.
            return record.Length;
        }
    }

    public long? PendingVerification(string id)
    {
        var marker = MarkerPath(id);
        return File.Exists(marker) ? long.Parse(File.ReadAllText(marker), CultureInfo.InvariantCulture) : null;
    }

    public void MarkPendingVerification(string id, long offset) =>
        File.WriteAllText(MarkerPath(id), offset.ToString(CultureInfo.InvariantCulture));

    public void ClearPendingVerification(string id) => File.Delete(MarkerPath(id));

    /// <summary>Drops what a crashed or refused checksummed chunk left behind, so the part file ends at the verified offset.</summary>
    public void RollBackUnverified(string id)
    {
        if (PendingVerification(id) is { } offset)
        {
            using (var part = File.OpenHandle(PartPath(id), FileMode.Open, FileAccess.Write))
            {
                RandomAccess.SetLength(part, offset);
            }

            ClearPendingVerification(id);
        }
    }

    /// <summary>
    /// Moves the finished part file to its content address. An identical file already stored is
    /// kept and this copy dropped (deduplication); the SM3 name is the national-standard digest
    /// that the case chain records.
    /// </summary>
    public string CommitBlob(string id, string sm3Hex)
    {
        ArgumentNullException.ThrowIfNull(sm3Hex);
        var relative = Path.Combine("blobs", "sm3", sm3Hex[..2], sm3Hex);
        var target = BlobPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(PartPath(id), target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(PartPath(id));
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    public void Delete(string id)
    {
        File.Delete(PartPath(id));
        File.Delete(MarkerPath(id));
        File.Delete(RecordPath(id));
    }

    private string RecordPath(string id) => Path.Combine(uploadsDir, id + ".json");

    private string MarkerPath(string id) => Path.Combine(uploadsDir, id + ".verifying");
}
