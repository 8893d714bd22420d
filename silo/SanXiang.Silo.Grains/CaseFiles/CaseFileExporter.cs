using SanXiang.Domain.Files;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using SanXiang.Domain.CaseFiles;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>
/// Writes a case's file (案卷) as a zip from the stored event log and the blob folder: events, inclusion
/// proofs against a signed checkpoint that covers them, documents, evidence and the index (silo/SanXiang.Domain/CaseFiles/README.md).
/// Everything streams; a 2 GB recording passes through a buffer, never memory.
/// </summary>
/// <param name="signCheckpoint">How a fresh checkpoint is signed when the latest does not cover the case (in a silo: the tenant's
/// transparency grain, so signings of one tenant queue in one place); by default the log signs it directly.</param>
public sealed class CaseFileExporter(
    CaseEventStore store,
    TenantMerkleLog log,
    IBlobStore blobs,
    TimeProvider? timeProvider = null,
    Func<string, CancellationToken, Task<SignedCheckpoint>>? signCheckpoint = null)
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private readonly Func<string, CancellationToken, Task<SignedCheckpoint>> checkpoints =
        signCheckpoint ?? ((tenantId, cancellationToken) => log.CheckpointAsync(tenantId, (timeProvider ?? TimeProvider.System).GetUtcNow(), cancellationToken));

    /// <summary>
    /// Writes the zip to <paramref name="output"/> (need not be seekable). Refusals come before the first byte:
    /// CASE_NOT_FOUND for a case without events, CASE_FILE_INCOMPLETE for an attached file missing from the store.
    /// </summary>
    /// <param name="documentKindOrder">The sector's case-file standard (document kinds in archive order), if known.</param>
    public async Task ExportAsync(
        string tenantId,
        string caseId,
        Stream output,
        IReadOnlyList<string>? documentKindOrder = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentNullException.ThrowIfNull(output);
        var attachments = await ReadAttachmentsAsync(tenantId, caseId, long.MaxValue, cancellationToken).ConfigureAwait(false);
        if (attachments.EventCount == 0)
        {
            throw new SanXiangException(ErrorCodes.CaseNotFound, $"单位 {tenantId} 没有编号为 {caseId} 的案件。");
        }

        var (checkpoint, head) = await CoveringCheckpointAsync(tenantId, caseId, attachments.LastSequence, cancellationToken).ConfigureAwait(false);

        // The checkpoint commits to the case's head as it was when signed; events appended since the first
        // pass (a fresh checkpoint may include them) are exported up to that head, and no further.
        if (head.Sequence != attachments.LastSequence)
        {
            attachments = await ReadAttachmentsAsync(tenantId, caseId, head.Sequence, cancellationToken).ConfigureAwait(false);
        }

        attachments.EnsureStored(blobs);
        var exportedAt = clock.GetUtcNow();
        var proofs = await log.GetCaseInclusionProofsAsync(tenantId, caseId, attachments.LastSequence, checkpoint.Checkpoint.TreeSize, cancellationToken).ConfigureAwait(false);
        if (proofs.Count > 0 && !proofs[0].Proof.TreeHead.RootHash.AsSpan().SequenceEqual(checkpoint.Checkpoint.RootHash))
        {
            throw new InvalidDataException($"单位 {tenantId} 的日志树与其签名检查点不一致，日志已被改写，不能导出。");
        }

        var archive = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        await using (archive.ConfigureAwait(false))
        {
            var zip = new CaseFileZipWriter(archive);
            await zip.WriteLinesAsync(CaseFileLayout.Events, CaseFileRoles.Events, EventLinesAsync(tenantId, caseId, attachments.LastSequence, cancellationToken), cancellationToken).ConfigureAwait(false);
            await zip.WriteAsync(CaseFileLayout.Proofs, CaseFileRoles.Proofs, Json(ProofsDocument(checkpoint.Checkpoint.TreeSize, checkpoint.Checkpoint.RootHash, checkpoint.Checkpoint.Algorithm, proofs)), cancellationToken).ConfigureAwait(false);
            await zip.WriteAsync(CaseFileLayout.Checkpoint, CaseFileRoles.Checkpoint, Encoding.UTF8.GetBytes(checkpoint.Note), cancellationToken).ConfigureAwait(false);
            await zip.WriteAsync(CaseFileLayout.PublicKey, CaseFileRoles.PublicKey, Encoding.UTF8.GetBytes(checkpoint.PublicKeyHex + "\n"), cancellationToken).ConfigureAwait(false);
            await zip.WriteAsync(CaseFileLayout.CaseHead, CaseFileRoles.CaseHead, Json(CaseHeadDocument(head)), cancellationToken).ConfigureAwait(false);
            if (checkpoint.Witnesses.Count > 0)
            {
                // The keys that verify the checkpoint's cosignature lines offline; a reader compares them with /public/{department}/witness/key.
                var witnessKeys = string.Concat(checkpoint.Witnesses.Select(w => $"{CosignatureNote.WitnessName(w.DepartmentId)} {w.PublicKeyHex}\n"));
                await zip.WriteAsync(CaseFileLayout.WitnessKeys, CaseFileRoles.WitnessKeys, Encoding.UTF8.GetBytes(witnessKeys), cancellationToken).ConfigureAwait(false);
            }

            var rows = CaseFileIndex.Rows(attachments.Files, documentKindOrder);
            await zip.WriteAsync(CaseFileLayout.IndexDocument, CaseFileRoles.Index, CaseFileIndex.Render(tenantId, caseId, exportedAt, rows), cancellationToken).ConfigureAwait(false);
            await zip.WriteAsync(CaseFileLayout.IndexJson, CaseFileRoles.Index, Json(rows), cancellationToken).ConfigureAwait(false);
            foreach (var attachment in attachments.Files)
            {
                var blob = blobs.OpenRead(attachment.File.Hash);
                await using (blob.ConfigureAwait(false))
                {
                    await zip.WriteAsync(attachment.Path, attachment.Role, blob, CompressionLevel.NoCompression, attachment.Sequence, cancellationToken).ConfigureAwait(false);
                }
            }

            var manifest = new CaseFileManifest(CaseFileLayout.FormatVersion, tenantId, caseId, exportedAt, CaseFileLayout.FileHashAlgorithm, attachments.EventCount, zip.Entries);
            var manifestEntry = archive.CreateEntry(CaseFileLayout.Manifest, CompressionLevel.Optimal);
            var manifestStream = await manifestEntry.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (manifestStream.ConfigureAwait(false))
            {
                await manifestStream.WriteAsync(Json(manifest), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The case's category as its <c>case.opened</c> event records it (e.g. <c>Penalty</c>), for the caller to pick
    /// the case-file standard with; null for a case without events or without a category.
    /// </summary>
    public async Task<string?> CategoryAsync(string tenantId, string caseId, CancellationToken cancellationToken = default)
    {
        await foreach (var stored in store.ReadAsync(tenantId, caseId, 1, cancellationToken).ConfigureAwait(false))
        {
            if (stored.Event.Kind != CaseEventKinds.CaseOpened)
            {
                return null;
            }

            using var payload = JsonDocument.Parse(stored.Event.Payload);
            return payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty("category", out var category)
                && category.ValueKind == JsonValueKind.String
                    ? category.GetString()
                    : null;
        }

        return null;
    }

    // The latest checkpoint if it already vouches for every exported event, otherwise a fresh one; with the
    // case's head in it. A checkpoint signed meanwhile moves the map on, and then the newer one is used.
    private async Task<(SignedCheckpoint Checkpoint, CaseHeadProof Head)> CoveringCheckpointAsync(string tenantId, string caseId, long lastSequence, CancellationToken cancellationToken)
    {
        var needed = await log.GetCaseLogSizeAsync(tenantId, caseId, lastSequence, cancellationToken).ConfigureAwait(false);
        var latest = await log.GetLatestCheckpointAsync(tenantId, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            if (latest is not null
                && latest.Checkpoint.TreeSize >= needed
                && await log.GetCaseHeadProofAsync(latest.Checkpoint, caseId, cancellationToken).ConfigureAwait(false) is { } head)
            {
                return (latest, head);
            }

            if (attempt > 0)
            {
                // Checkpoints are kept to the second and one per second is stored: wait for the next one.
                await Task.Delay(TimeSpan.FromMilliseconds(1100), clock, cancellationToken).ConfigureAwait(false);
            }

            latest = await checkpoints(tenantId, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"单位 {tenantId} 无法生成覆盖案件 {caseId} 的检查点。");
    }

    private async Task<CaseAttachments> ReadAttachmentsAsync(string tenantId, string caseId, long throughSequence, CancellationToken cancellationToken)
    {
        var attachments = new CaseAttachments();
        await foreach (var stored in store.ReadAsync(tenantId, caseId, 1, cancellationToken).ConfigureAwait(false))
        {
            if (stored.Sequence > throughSequence)
            {
                break;
            }

            attachments.Add(stored);
        }

        return attachments;
    }

    private static CaseFileCaseHead CaseHeadDocument(CaseHeadProof head) =>
        new(head.Sequence, Convert.ToHexStringLower(head.Hash), head.LeafIndex, head.CaseCount, [.. head.AuditPath.Select(Convert.ToHexStringLower)]);

    private async IAsyncEnumerable<byte[]> EventLinesAsync(string tenantId, string caseId, long lastSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in store.ReadAsync(tenantId, caseId, 1, cancellationToken).ConfigureAwait(false))
        {
            if (stored.Sequence > lastSequence)
            {
                yield break;
            }

            var line = JsonSerializer.SerializeToUtf8Bytes(CaseFileEvent.From(stored), CaseFileJson.Lines);
            yield return [.. line, (byte)'\n'];
        }
    }

    private static CaseFileProofs ProofsDocument(long treeSize, byte[] root, string algorithm, IReadOnlyList<(long Sequence, InclusionProof Proof)> proofs) =>
        new(
            treeSize,
            Convert.ToHexStringLower(root),
            algorithm,
            [.. proofs.Select(p => new CaseFileProof(p.Sequence, p.Proof.LeafIndex, [.. p.Proof.AuditPath.Select(Convert.ToHexStringLower)]))]);

    private static byte[] Json<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, CaseFileJson.Options);
}
