using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using SanXiang.Domain.CaseFiles;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>
/// Writes a case's file (案卷) as a zip from the stored event log and the blob folder: events, inclusion
/// proofs against a signed checkpoint that covers them, documents, evidence and the index (silo/SanXiang.Domain/CaseFiles/README.md).
/// Everything streams; a 2 GB recording passes through a buffer, never memory.
/// </summary>
public sealed class CaseFileExporter(CaseEventStore store, TenantMerkleLog log, string dataDir, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

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
        var attachments = new CaseAttachments();
        await foreach (var stored in store.ReadAsync(tenantId, caseId, 1, cancellationToken).ConfigureAwait(false))
        {
            attachments.Add(stored);
        }

        if (attachments.EventCount == 0)
        {
            throw new SanXiangException(ErrorCodes.CaseNotFound, $"单位 {tenantId} 没有编号为 {caseId} 的案件。");
        }

        attachments.EnsureStored(dataDir);
        var exportedAt = clock.GetUtcNow();
        var checkpoint = await CoveringCheckpointAsync(tenantId, caseId, attachments.LastSequence, cancellationToken).ConfigureAwait(false);
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
            var rows = CaseFileIndex.Rows(attachments.Files, documentKindOrder);
            await zip.WriteAsync(CaseFileLayout.IndexDocument, CaseFileRoles.Index, CaseFileIndex.Render(tenantId, caseId, exportedAt, rows), cancellationToken).ConfigureAwait(false);
            await zip.WriteAsync(CaseFileLayout.IndexJson, CaseFileRoles.Index, Json(rows), cancellationToken).ConfigureAwait(false);
            foreach (var attachment in attachments.Files)
            {
                var blob = new FileStream(CaseAttachments.BlobPath(dataDir, attachment.File.Hash), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
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

    // The latest checkpoint if it already vouches for every exported event, otherwise a fresh one.
    private async Task<SignedCheckpoint> CoveringCheckpointAsync(string tenantId, string caseId, long lastSequence, CancellationToken cancellationToken)
    {
        var needed = await log.GetCaseLogSizeAsync(tenantId, caseId, lastSequence, cancellationToken).ConfigureAwait(false);
        var latest = await log.GetLatestCheckpointAsync(tenantId, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; latest is null || latest.Checkpoint.TreeSize < needed; attempt++)
        {
            if (attempt == 2)
            {
                throw new InvalidOperationException($"单位 {tenantId} 无法生成覆盖案件 {caseId} 的检查点。");
            }

            if (attempt == 1)
            {
                // Checkpoints are kept to the second and one per second is stored: wait for the next one.
                await Task.Delay(TimeSpan.FromMilliseconds(1100), clock, cancellationToken).ConfigureAwait(false);
            }

            latest = await log.CheckpointAsync(tenantId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return latest;
    }

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
