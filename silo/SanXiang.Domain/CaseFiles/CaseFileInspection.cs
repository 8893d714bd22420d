using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Domain.CaseFiles;

/// <summary>One run of <see cref="CaseFileVerifier"/> over an open zip; collects the findings in the order they are checked.</summary>
internal sealed class CaseFileInspection(ZipArchive archive, CaseFileLimits limits)
{
    // A tree head that does not match makes every proof fail; a few lines say it better than thousands.
    private const int MaxProblemsPerCheck = 20;

    private readonly List<CaseFileFinding> findings = [];
    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<long, EventFacts> events = [];
    private readonly CaseFileBudget budget = new(limits.MaxTotalBytes);
    private CaseFileManifest manifest = null!;
    private Checkpoint? checkpoint;
    private string? checkpointNote;
    private string? publicKeyHex;
    private long eventLines;

    public static CaseFileVerdict Unusable(string code, string message) =>
        new(CaseFileOutcome.Unusable, null, null, null, 0, null, [new CaseFileFinding(code, false, message)]);

    public async Task<CaseFileVerdict> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await InspectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CaseFileTooLargeException tooLarge)
        {
            return Unusable(CaseFileCodes.TooLarge, tooLarge.Message);
        }
        catch (Exception broken) when (broken is InvalidDataException or IOException)
        {
            return Unusable(CaseFileCodes.ZipUnreadable, $"压缩包已损坏或不完整，无法读取（{broken.Message}）。");
        }
    }

    private async Task<CaseFileVerdict> InspectAsync(CancellationToken cancellationToken)
    {
        // What the central directory declares, before a byte is inflated: a bomb says what it is here or is caught by the streams.
        if (archive.Entries.Sum(e => e.Length) > limits.MaxTotalBytes)
        {
            return Unusable(CaseFileCodes.TooLarge, $"压缩包声明的解压后大小超过了 {limits.MaxTotalBytes} 字节，远大于同样大小的真实案卷，拒绝校验。");
        }

        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith('/') && !entries.TryAdd(entry.FullName, entry))
            {
                findings.Add(new CaseFileFinding(CaseFileCodes.FileUnlisted, false, $"压缩包中“{entry.FullName}”出现了不止一次，多出的文件不在清单中。", Path: entry.FullName));
            }
        }

        if (await ReadManifestAsync(cancellationToken).ConfigureAwait(false) is { } unusable)
        {
            return unusable;
        }

        await CheckEventsAsync(cancellationToken).ConfigureAwait(false);
        await CheckFilesAsync(cancellationToken).ConfigureAwait(false);
        CheckAttachments();
        await CheckCheckpointAsync(cancellationToken).ConfigureAwait(false);
        await CheckCosignaturesAsync(cancellationToken).ConfigureAwait(false);
        await CheckProofsAsync(cancellationToken).ConfigureAwait(false);
        await CheckCaseHeadAsync(cancellationToken).ConfigureAwait(false);
        var outcome = findings.Any(f => !f.Passed) ? CaseFileOutcome.Invalid : CaseFileOutcome.Valid;
        return new CaseFileVerdict(outcome, manifest.TenantId, manifest.CaseId, manifest.ExportedAt, eventLines, publicKeyHex, findings, checkpoint);
    }

    private async Task<CaseFileVerdict?> ReadManifestAsync(CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(CaseFileLayout.Manifest, out var entry))
        {
            return Unusable(CaseFileCodes.ManifestMissing, "压缩包中没有 manifest.json，不是案卷文件。");
        }

        try
        {
            var stream = await OpenAsync(entry, limits.MaxManifestBytes, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var read = await JsonSerializer.DeserializeAsync<CaseFileManifest>(stream, CaseFileJson.Options, cancellationToken).ConfigureAwait(false);
                if (read is null || string.IsNullOrEmpty(read.TenantId) || string.IsNullOrEmpty(read.CaseId) || read.Files is null || read.Files.Any(f => f is null))
                {
                    return Unusable(CaseFileCodes.ManifestInvalid, "manifest.json 缺少单位、案件或文件清单。");
                }

                manifest = read;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or DecoderFallbackException)
        {
            return Unusable(CaseFileCodes.ManifestInvalid, $"manifest.json 无法解析：{exception.Message}");
        }

        // Version 1 carried no case head, so it cannot show it is whole; accepting it would let a shortened
        // file pass by claiming to be old. It is refused with the way out: export the case again.
        return manifest.FormatVersion == CaseFileLayout.FormatVersion
            ? null
            : Unusable(CaseFileCodes.FormatUnsupported, $"案卷格式版本 {manifest.FormatVersion} 不受支持（本校验程序支持版本 {CaseFileLayout.FormatVersion}；版本 1 的案卷不能证明自己完整，请从平台重新导出）。");
    }

    private async Task CheckEventsAsync(CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(CaseFileLayout.Events, out var entry))
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.EventsUnreadable, false, "缺少事件记录 events.jsonl，无法核对全过程记录。", Path: CaseFileLayout.Events));
            return;
        }

        var chain = new CaseChainVerifier(manifest.TenantId, manifest.CaseId);
        var chainOpen = true;
        try
        {
            var stream = await OpenAsync(entry, limits.MaxEventsBytes, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var lineNumber = 0;
                await foreach (var line in BoundedLines.ReadAsync(stream, limits.MaxEventLineBytes, CaseFileLayout.Events, cancellationToken).ConfigureAwait(false))
                {
                    lineNumber++;
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    StoredEvent stored;
                    try
                    {
                        var read = JsonSerializer.Deserialize<CaseFileEvent>(line, CaseFileJson.Lines) ?? throw new JsonException("空行");
                        stored = read.ToStoredEvent(manifest.TenantId, manifest.CaseId);
                    }
                    catch (Exception exception) when (exception is JsonException or FormatException or ArgumentNullException)
                    {
                        findings.Add(new CaseFileFinding(CaseFileCodes.EventsUnreadable, false, $"events.jsonl 第 {lineNumber} 行无法解析，事件记录已被改动：{exception.Message}", Path: CaseFileLayout.Events));
                        return;
                    }

                    eventLines++;
                    events.TryAdd(stored.Sequence, new EventFacts(stored.Event.Kind, stored.Hash, stored.Event.FileHashes));
                    chainOpen = chainOpen && chain.Accept(stored);
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or DecoderFallbackException)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.EventsUnreadable, false, $"events.jsonl 已损坏：{exception.Message}", Path: CaseFileLayout.Events));
            return;
        }

        var verification = chain.Complete();
        findings.Add(verification.IsValid
            ? new CaseFileFinding(CaseFileCodes.Chain, true, $"事件链：{verification.VerifiedCount} 个事件的哈希逐一重算，与记载一致，前后衔接完整。")
            : new CaseFileFinding(verification.Code!, false, verification.Message!, verification.FirstBadSequence));
        if (manifest.EventCount != eventLines)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.EventCountMismatch, false, $"清单记载 {manifest.EventCount} 个事件，events.jsonl 中有 {eventLines} 个。", Path: CaseFileLayout.Events));
        }
    }

    private async Task CheckFilesAsync(CancellationToken cancellationToken)
    {
        var problems = 0;
        var listed = new HashSet<string>(StringComparer.Ordinal) { CaseFileLayout.Manifest };
        foreach (var file in manifest.Files)
        {
            if (!listed.Add(file.Path))
            {
                continue;
            }

            if (!entries.TryGetValue(file.Path, out var entry))
            {
                Problem(ref problems, new CaseFileFinding(CaseFileCodes.FileMissing, false, $"清单列出的文件“{file.Path}”{Attached(file)}不在压缩包中，已被删除。", file.Sequence, file.Path));
                continue;
            }

            string? failure = null;
            try
            {
                var stream = await OpenAsync(entry, long.MaxValue, cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    var (hash, size) = await ContentHash.ComputeAsync(stream, cancellationToken).ConfigureAwait(false);
                    if (!string.Equals(hash, file.Hash, StringComparison.Ordinal) || size != file.Size)
                    {
                        failure = $"文件“{file.Path}”{Attached(file)}的 SM3 重算为 {hash}（{size} 字节），与清单记载的 {file.Hash}（{file.Size} 字节）不符，文件已被改动。";
                    }
                }
            }
            catch (InvalidDataException exception)
            {
                failure = $"文件“{file.Path}”{Attached(file)}已损坏，无法读出（{exception.Message}）。";
            }

            if (failure is not null)
            {
                Problem(ref problems, new CaseFileFinding(CaseFileCodes.FileHashMismatch, false, failure, file.Sequence, file.Path));
            }
        }

        foreach (var path in entries.Keys.Where(p => !listed.Contains(p)))
        {
            Problem(ref problems, new CaseFileFinding(CaseFileCodes.FileUnlisted, false, $"压缩包中的文件“{path}”不在清单中，是后来加入的。", Path: path));
        }

        if (problems == 0)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.Files, true, $"文件：清单所列 {manifest.Files.Count} 个文件齐全，SM3 逐一重算与清单一致，没有清单外的文件。"));
        }
    }

    private void CheckAttachments()
    {
        var problems = 0;
        foreach (var file in manifest.Files.Where(f => f.Sequence is not null))
        {
            var seq = file.Sequence!.Value;
            if (!events.TryGetValue(seq, out var facts) || !facts.FileHashes.Contains(file.Hash, StringComparer.Ordinal))
            {
                Problem(ref problems, new CaseFileFinding(
                    CaseFileCodes.FileNotInEvent,
                    false,
                    $"文件“{file.Path}”的哈希 {file.Hash} 不在第 {seq} 号事件所附文件的哈希中，文件或清单已被改动。",
                    seq,
                    file.Path));
            }
        }

        foreach (var (seq, facts) in events.OrderBy(e => e.Key))
        {
            foreach (var hash in facts.FileHashes)
            {
                if (!manifest.Files.Any(f => f.Sequence == seq && string.Equals(f.Hash, hash, StringComparison.Ordinal)))
                {
                    Problem(ref problems, new CaseFileFinding(CaseFileCodes.EventFileMissing, false, $"第 {seq} 号事件（{facts.Kind}）所附文件 {hash} 不在案卷中。", seq));
                }
            }
        }

        if (problems == 0)
        {
            var count = events.Values.Sum(e => e.FileHashes.Count);
            findings.Add(new CaseFileFinding(CaseFileCodes.Attachments, true, $"附件：事件所附 {count} 个文件都在案卷中，哈希与事件记载一致。"));
        }
    }

    private async Task CheckCheckpointAsync(CancellationToken cancellationToken)
    {
        var keyText = await ReadTextAsync(CaseFileLayout.PublicKey, cancellationToken).ConfigureAwait(false);
        var note = await ReadTextAsync(CaseFileLayout.Checkpoint, cancellationToken).ConfigureAwait(false);
        Sm2PublicKey key;
        try
        {
            key = Sm2PublicKey.FromHex((keyText ?? throw new FormatException("缺少 public-key.txt。")).Trim());
        }
        catch (FormatException exception)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.PublicKeyInvalid, false, $"公钥无法读取：{exception.Message}", Path: CaseFileLayout.PublicKey));
            return;
        }

        publicKeyHex = key.ToHex();
        if (note is null || !CheckpointNote.TryOpen(note, key, out var opened) || opened is null)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.CheckpointInvalid, false, "检查点 checkpoint.txt 缺失、格式不符或 SM2 签名与公钥不符，检查点已被改动。", Path: CaseFileLayout.Checkpoint));
            return;
        }

        if (!string.Equals(opened.TenantId, manifest.TenantId, StringComparison.Ordinal))
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.CheckpointTenantMismatch, false, $"检查点属于单位 {opened.TenantId}，不是案卷所属单位 {manifest.TenantId}。", Path: CaseFileLayout.Checkpoint));
            return;
        }

        checkpoint = opened;
        checkpointNote = note;
        findings.Add(new CaseFileFinding(
            CaseFileCodes.Checkpoint,
            true,
            $"检查点：SM2 签名有效（单位 {opened.TenantId}，日志树 {opened.TreeSize} 条，签于北京时间 {opened.Timestamp.ToOffset(CaseDates.ChinaOffset):yyyy-MM-dd HH:mm:ss}，公钥标识 {Convert.ToHexStringLower(key.KeyId)}）。"));
    }

    // The supervising departments' cosignature lines after the agency's (C2SP cosignature/v1 with SM2), each checked with the
    // key witness-keys.txt gives for its name. A case file without such lines (every file exported before witnesses) has
    // nothing to check here and verifies as before.
    private async Task CheckCosignaturesAsync(CancellationToken cancellationToken)
    {
        if (checkpointNote is not { } note || CosignatureNote.CosignerNames(note) is not { Count: > 0 } names)
        {
            return;
        }

        var keys = new Dictionary<string, Sm2PublicKey>(StringComparer.Ordinal);
        foreach (var line in ((await ReadTextAsync(CaseFileLayout.WitnessKeys, cancellationToken).ConfigureAwait(false)) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            try
            {
                if (parts.Length == 2)
                {
                    keys[parts[0]] = Sm2PublicKey.FromHex(parts[1].Trim());
                }
            }
            catch (FormatException)
            {
                // A key that cannot be read verifies nothing: its witness's line is reported below as without a key.
            }
        }

        var witnessed = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (!keys.TryGetValue(name, out var key))
            {
                findings.Add(new CaseFileFinding(CaseFileCodes.WitnessKeyMissing, false, $"检查点带有见证方 {name} 的见证签名，但案卷中没有其见证公钥（witness-keys.txt），无法核对。", Path: CaseFileLayout.WitnessKeys));
                continue;
            }

            var check = CosignatureNote.Verify(note, name, key);
            if (check.Status == CosignatureStatus.Valid)
            {
                // The key travels in the file as the agency's does: the reader compares it with what the department publishes.
                var published = CosignatureNote.DepartmentOf(name) is { } department ? $"，请与 /public/{department}/witness/key 核对" : string.Empty;
                witnessed.Add($"{name}（签于北京时间 {check.Time!.Value.ToOffset(CaseDates.ChinaOffset):yyyy-MM-dd HH:mm:ss}，见证公钥 {key.ToHex()}{published}）");
            }
            else
            {
                findings.Add(new CaseFileFinding(CaseFileCodes.CosignatureInvalid, false, $"见证方 {name} 的见证签名与其公钥不符：见证签名或检查点已被改动。", Path: CaseFileLayout.Checkpoint));
            }
        }

        if (witnessed.Count > 0)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.Cosignatures, true, $"见证：监督部门核对日志未被改写后见证了该检查点，见证签名有效：{string.Join("；", witnessed)}。"));
        }
    }

    private async Task CheckProofsAsync(CancellationToken cancellationToken)
    {
        if (checkpoint is null)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.ProofInvalid, false, "没有有效的检查点，无法核对事件是否包含在单位的日志树中。", Path: CaseFileLayout.Proofs));
            return;
        }

        CaseFileProofs? proofs = null;
        try
        {
            if (entries.TryGetValue(CaseFileLayout.Proofs, out var entry))
            {
                var stream = await OpenAsync(entry, limits.MaxProofsBytes, cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    proofs = await JsonSerializer.DeserializeAsync<CaseFileProofs>(stream, CaseFileJson.Options, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            proofs = null;
        }

        if (proofs?.Events is null || proofs.Events.Any(p => p?.AuditPath is null))
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.ProofsUnreadable, false, "包含证明 proofs.json 缺失或无法解析。", Path: CaseFileLayout.Proofs));
            return;
        }

        if (proofs.TreeSize != checkpoint.TreeSize)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.ProofTreeMismatch, false, $"包含证明针对 {proofs.TreeSize} 条的日志树，而检查点签署的是 {checkpoint.TreeSize} 条。", Path: CaseFileLayout.Proofs));
            return;
        }

        var algorithm = ChainHashAlgorithm.Get(checkpoint.Algorithm);
        var bySeq = new Dictionary<long, CaseFileProof>();
        foreach (var proof in proofs.Events)
        {
            bySeq.TryAdd(proof.Seq, proof);
        }

        var problems = 0;
        foreach (var (seq, facts) in events.OrderBy(e => e.Key))
        {
            if (!bySeq.TryGetValue(seq, out var proof))
            {
                Problem(ref problems, new CaseFileFinding(CaseFileCodes.ProofMissing, false, $"第 {seq} 号事件没有包含证明。", seq, CaseFileLayout.Proofs));
            }
            else if (!Includes(algorithm, proof, facts.Hash))
            {
                Problem(ref problems, new CaseFileFinding(
                    CaseFileCodes.ProofInvalid,
                    false,
                    $"第 {seq} 号事件的包含证明不能得出检查点签署的根哈希：事件或证明已被改动，或事件不在单位的日志中。",
                    seq,
                    CaseFileLayout.Proofs));
            }
        }

        foreach (var seq in bySeq.Keys.Where(s => !events.ContainsKey(s)).Order())
        {
            Problem(ref problems, new CaseFileFinding(CaseFileCodes.EventMissing, false, $"第 {seq} 号事件有包含证明，但事件记录中没有它，事件已被删除。", seq, CaseFileLayout.Events));
        }

        if (problems == 0)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.Proofs, true, $"包含证明：{events.Count} 个事件都包含在检查点签署的日志树（{checkpoint.TreeSize} 条）中。"));
        }
    }

    private bool Includes(ChainHashAlgorithm algorithm, CaseFileProof proof, byte[] eventHash)
    {
        byte[][] path;
        try
        {
            path = [.. proof.AuditPath.Select(Convert.FromHexString)];
        }
        catch (FormatException)
        {
            return false;
        }

        var leaf = MerkleTree.HashLeaf(algorithm, eventHash);
        return MerkleTree.VerifyInclusion(algorithm, proof.LeafIndex, checkpoint!.TreeSize, leaf, path, checkpoint.RootHash);
    }

    private async Task<string?> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(path, out var entry))
        {
            return null;
        }

        try
        {
            var stream = await OpenAsync(entry, limits.MaxSmallEntryBytes, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, new UTF8Encoding(false));
                return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private async Task<Stream> OpenAsync(ZipArchiveEntry entry, long limit, CancellationToken cancellationToken) =>
        new BoundedEntryStream(await entry.OpenAsync(cancellationToken).ConfigureAwait(false), entry.FullName, Math.Min(entry.Length, limit), budget);

    private async Task CheckCaseHeadAsync(CancellationToken cancellationToken)
    {
        if (checkpoint is null)
        {
            return;
        }

        if (checkpoint.Cases is not { } cases)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.CaseHeadMissing, false, "检查点没有承诺各案件的最新事件（旧版检查点），无法判断案卷是否被截短。", Path: CaseFileLayout.Checkpoint));
            return;
        }

        CaseFileCaseHead? head = null;
        try
        {
            head = await ReadTextAsync(CaseFileLayout.CaseHead, cancellationToken).ConfigureAwait(false) is { } text
                ? JsonSerializer.Deserialize<CaseFileCaseHead>(text, CaseFileJson.Options)
                : null;
        }
        catch (JsonException)
        {
            head = null;
        }

        if (head?.AuditPath is null || head.Hash is null)
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.CaseHeadMissing, false, "缺少或无法解析案件头证明 case-head.json，无法判断案卷是否被截短。", Path: CaseFileLayout.CaseHead));
            return;
        }

        var algorithm = ChainHashAlgorithm.Get(checkpoint.Algorithm);
        byte[] hash;
        byte[][] path;
        try
        {
            hash = Convert.FromHexString(head.Hash);
            path = [.. head.AuditPath.Select(Convert.FromHexString)];
        }
        catch (FormatException)
        {
            hash = [];
            path = [];
        }

        if (head.CaseCount != cases.Count || !cases.Includes(algorithm, manifest.CaseId, head.Seq, hash, head.LeafIndex, path))
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.CaseHeadInvalid, false, "案件头证明不能得出检查点签署的案件头根哈希：案件头或证明已被改动。", Path: CaseFileLayout.CaseHead));
            return;
        }

        var last = events.Count == 0 ? 0 : events.Keys.Max();
        if (last < head.Seq)
        {
            findings.Add(new CaseFileFinding(
                CaseFileCodes.CaseTruncated,
                false,
                $"案卷被截短：检查点签署时本案最后一个事件是第 {head.Seq} 号，案卷中的事件只到第 {last} 号，缺少其后的 {head.Seq - last} 个事件。",
                last + 1,
                CaseFileLayout.Events));
            return;
        }

        if (last > head.Seq || !events[head.Seq].Hash.AsSpan().SequenceEqual(hash))
        {
            findings.Add(new CaseFileFinding(CaseFileCodes.CaseHeadInvalid, false, $"案卷中的事件与检查点签署的本案最后一个事件（第 {head.Seq} 号）不符。", head.Seq, CaseFileLayout.Events));
            return;
        }

        findings.Add(new CaseFileFinding(CaseFileCodes.CaseHead, true, $"案件完整：检查点签署时本案共 {head.Seq} 个事件，案卷一个不少，最后一个事件的哈希与检查点承诺的一致。"));
    }

    private string Attached(CaseFileEntry file) =>
        file.Sequence is { } seq
            ? events.TryGetValue(seq, out var facts) ? $"（第 {seq} 号事件 {facts.Kind} 所附）" : $"（第 {seq} 号事件所附）"
            : string.Empty;

    private void Problem(ref int count, CaseFileFinding finding)
    {
        count++;
        if (count <= MaxProblemsPerCheck)
        {
            findings.Add(finding);
        }
        else if (count == MaxProblemsPerCheck + 1)
        {
            findings.Add(finding with { Message = $"同类问题还有更多，只列出前 {MaxProblemsPerCheck} 处。", Sequence = null, Path = null });
        }
    }

    private sealed record EventFacts(string Kind, byte[] Hash, IReadOnlyList<string> FileHashes);
}
