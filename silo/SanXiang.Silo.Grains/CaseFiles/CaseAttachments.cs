using SanXiang.Domain.Files;
using System.Text.Json;
using SanXiang.Domain.CaseFiles;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>
/// The first pass over a case's log: which files its events attached and where each goes in the zip,
/// checked against the blob store before a byte of the zip is written, so a refusal is still possible.
/// </summary>
internal sealed class CaseAttachments
{
    private readonly ZipEntryNames names = new();
    private readonly Dictionary<string, IssuedDocumentFacts> documents = new(StringComparer.Ordinal);

    public List<CaseAttachment> Files { get; } = [];

    public long LastSequence { get; private set; }

    public long EventCount { get; private set; }

    public void Add(StoredEvent stored)
    {
        var record = stored.Event;
        LastSequence = record.Sequence;
        EventCount++;
        if (record.FileHashes.Count == 0)
        {
            return;
        }

        using var payload = JsonDocument.Parse(record.Payload);
        var root = payload.RootElement;
        var described = Described(root);
        var document = record.Kind switch
        {
            CaseEventKinds.DocumentIssued => Issued(root),
            CaseEventKinds.DocumentSignedCopy when Text(root, "documentId") is { } id => documents.GetValueOrDefault(id),
            _ => null,
        };
        if (record.Kind == CaseEventKinds.DocumentIssued && document is not null)
        {
            documents[document.DocumentId] = document;
        }

        var role = CaseFileRoles.ForEventKind(record.Kind) ?? CaseFileRoles.Evidence;
        var folder = role == CaseFileRoles.Evidence ? CaseFileLayout.EvidenceFolder : CaseFileLayout.DocumentsFolder;

        // The chain's file hashes are the record; the payload only names them.
        foreach (var hash in record.FileHashes)
        {
            var file = described.GetValueOrDefault(hash) ?? new StoredFile(hash, string.Empty, "application/octet-stream", -1);
            var fallback = role == CaseFileRoles.Document && document is not null ? document.Name + ".docx" : $"{record.Sequence}-{Hex(hash)[..12]}";
            var path = names.Claim(folder, file.FileName, fallback);
            Files.Add(new CaseAttachment(record.Sequence, record.Kind, role, file, record.At, path, document));
        }
    }

    /// <summary>Refuses (CASE_FILE_INCOMPLETE) when an attached file is not in the blob store.</summary>
    public void EnsureStored(IBlobStore blobs)
    {
        foreach (var attachment in Files)
        {
            if (!blobs.Exists(attachment.File.Hash))
            {
                throw new SanXiangException(
                    ErrorCodes.CaseFileIncomplete,
                    $"第 {attachment.Sequence} 号事件（{attachment.Kind}）所附文件“{attachment.File.FileName}”（{attachment.File.Hash}）在文件存储中找不到，无法导出完整的案卷。");
            }
        }
    }

    private static string Hex(string hash) => hash.StartsWith(StoredFile.Sm3Prefix, StringComparison.Ordinal) ? hash[StoredFile.Sm3Prefix.Length..] : hash;

    private static Dictionary<string, StoredFile> Described(JsonElement root)
    {
        var described = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            foreach (var file in files.EnumerateArray())
            {
                if (Text(file, "hash") is { } hash)
                {
                    var size = file.TryGetProperty("size", out var s) && s.TryGetInt64(out var value) ? value : -1;
                    described.TryAdd(hash, new StoredFile(hash, Text(file, "fileName") ?? string.Empty, Text(file, "mediaType") ?? "application/octet-stream", size));
                }
            }
        }

        return described;
    }

    private static IssuedDocumentFacts? Issued(JsonElement root) =>
        Text(root, "documentId") is { } id
            ? new IssuedDocumentFacts(id, Text(root, "kind"), Text(root, "name") ?? id, Text(root, "number"), Text(root, "stepId"))
            : null;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
