using System.Text.Json;
using System.Text.Json.Nodes;
using SanXiang.Domain.CaseFiles;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo.Grains.Transparency;
using SanXiang.Silo.Grains.CaseFiles;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.Tests.EventLog;
using SanXiang.Silo.Grains.Blobs;

namespace SanXiang.Silo.Host.Tests.CaseFiles;

/// <summary>A case file exported from the event log verifies, and every kind of tampering with the zip is caught (on every database).</summary>
public abstract class CaseFileExportContract : EventLogTestBase
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), $"sx-casefile-{Guid.NewGuid():N}");
    private TenantMerkleLog Log => new(Backend.Database);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task ExportACaseFileTheVerifierFindsValid()
    {
        var zip = await ExportAsync();

        var verdict = await VerifyAsync(zip);

        Assert.True(verdict.Outcome == CaseFileOutcome.Valid, string.Join("\n", verdict.Problems.Select(p => $"{p.Code} {p.Message}")));
        Assert.Equal(6, verdict.EventCount);
        var files = CaseFileZip.Read(zip);
        Assert.Equal(DemoCase.Video, files["evidence/现场检查.mp4"]);
        Assert.Equal(DemoCase.SecondVideo, files["evidence/现场检查 (2).mp4"]);
        Assert.Equal(DemoCase.Inquiry, files["documents/询问笔录.docx"]);
        Assert.Equal(DemoCase.SignedScan, files["documents/询问笔录-签字.pdf"]);
        Assert.Contains("卷内目录.docx", files.Keys);
        Assert.Equal(6, CaseFileZip.Text(zip, "events.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task ListTheDocumentsInTheIndexWithNumberNameAndDate()
    {
        var zip = await ExportAsync();

        var index = JsonSerializer.Deserialize<List<CaseFileIndexEntry>>(CaseFileZip.Read(zip)["index.json"], CaseFileJson.Options)!;

        Assert.Equal([1, 2, 3, 4], index.Select(r => r.Order));
        Assert.Equal(("新市监询〔2026〕1号", "询问笔录", "2026-03-02"), (index[0].DocumentNumber, index[0].Name, index[0].Date));
        Assert.Equal("询问笔录（签章件）", index[1].Name);
        Assert.Equal([CaseFileRoles.Document, CaseFileRoles.SignedCopy, CaseFileRoles.Evidence, CaseFileRoles.Evidence], index.Select(r => r.Role));
    }

    [Fact]
    public async Task SignAFreshCheckpointWhenTheLatestDoesNotCoverTheCase()
    {
        await DemoCase.AppendAsync(Store, dataDir);
        var old = await Log.CheckpointAsync(DemoCase.Tenant, DateTimeOffset.UtcNow.AddMinutes(-5));
        await DemoCase.AppendMoreAsync(Store, 6, 2);

        var zip = await ExportOnlyAsync();
        var verdict = await VerifyAsync(zip);

        Assert.Equal(CaseFileOutcome.Valid, verdict.Outcome);
        Assert.Equal(8, verdict.EventCount);
        Assert.NotEqual(old.Note, CaseFileZip.Text(zip, "checkpoint.txt"));
    }

    [Fact]
    public async Task GiveTheCasesProofsAllAtOnceAsTheLogGivesThemOneByOne()
    {
        await DemoCase.AppendAsync(Store, dataDir);
        await DemoCase.AppendMoreAsync(Store, 6, 11);
        var head = await Log.GetTreeHeadAsync(DemoCase.Tenant);

        var batch = await Log.GetCaseInclusionProofsAsync(DemoCase.Tenant, DemoCase.CaseId, 17, head.Size);

        Assert.Equal(Enumerable.Range(1, 17).Select(i => (long)i), batch.Select(p => p.Sequence));
        foreach (var (sequence, proof) in batch)
        {
            var single = await Log.GetInclusionProofAsync(DemoCase.Tenant, DemoCase.CaseId, sequence, head.Size);
            Assert.Equal(single.LeafIndex, proof.LeafIndex);
            Assert.Equal(single.TreeHead.RootHash, proof.TreeHead.RootHash);
            Assert.Equal(single.AuditPath.Select(Convert.ToHexString), proof.AuditPath.Select(Convert.ToHexString));
        }
    }

    [Fact]
    public async Task RefuseACaseWithoutEvents()
    {
        await DemoCase.AppendAsync(Store, dataDir);

        var refusal = await Assert.ThrowsAsync<SanXiangException>(() => Exporter().ExportAsync(DemoCase.Tenant, "2026-0404", new MemoryStream()));

        Assert.Equal(ErrorCodes.CaseNotFound, refusal.Code);
    }

    [Fact]
    public async Task RefuseACaseWhoseAttachedFileIsMissingFromTheStore()
    {
        await DemoCase.AppendAsync(Store, dataDir);
        var hash = (await DemoCase.StoreAsync(dataDir, DemoCase.SignedScan, "x", "x")).Hash;
        File.Delete(DemoCase.BlobPath(dataDir, hash));

        var refusal = await Assert.ThrowsAsync<SanXiangException>(ExportOnlyAsync);

        Assert.Equal(ErrorCodes.CaseFileIncomplete, refusal.Code);
    }

    [Fact]
    public async Task NameTheSequenceWhosePayloadByteWasChanged()
    {
        var zip = CaseFileZip.RewriteEvents(await ExportAsync(), lines => [.. lines.Select(l => l.Contains("\"seq\":2,", StringComparison.Ordinal) ? l.Replace("DSJ-01", "DSJ-02", StringComparison.Ordinal) : l)]);

        var verdict = await VerifyAsync(zip);

        Assert.Equal(CaseFileOutcome.Invalid, verdict.Outcome);
        Assert.Equal(("HASH_MISMATCH", 2L), (verdict.FirstBadEvent?.Code, verdict.FirstBadEvent?.Sequence));
    }

    [Fact]
    public async Task NameTheSequenceOfARemovedEvent()
    {
        var zip = CaseFileZip.RewriteEvents(await ExportAsync(), lines => [.. lines.Where(l => !l.Contains("\"seq\":3,", StringComparison.Ordinal))]);

        var verdict = await VerifyAsync(zip);

        Assert.Equal(("SEQUENCE_GAP", 3L), (verdict.FirstBadEvent?.Code, verdict.FirstBadEvent?.Sequence));
        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.EventMissing && p.Sequence == 3);
    }

    [Fact]
    public async Task NoticeTheLastEventRemoved()
    {
        var zip = CaseFileZip.RewriteEvents(await ExportAsync(), lines => lines[..^1]);

        var verdict = await VerifyAsync(zip);

        Assert.Equal(CaseFileOutcome.Invalid, verdict.Outcome);
        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.EventMissing && p.Sequence == 6);
    }

    [Fact]
    public async Task NameTheSequenceOfTwoSwappedEvents()
    {
        var zip = CaseFileZip.RewriteEvents(await ExportAsync(), lines => [lines[0], lines[1], lines[3], lines[2], .. lines[4..]]);

        var verdict = await VerifyAsync(zip);

        Assert.Equal(("SEQUENCE_ORDER", 3L), (verdict.FirstBadEvent?.Code, verdict.FirstBadEvent?.Sequence));
    }

    [Fact]
    public async Task NameTheEvidenceFileAndItsEventWhenAByteChanged()
    {
        var zip = CaseFileZip.Rewrite(await ExportAsync(), (path, content) => path == "evidence/现场检查.mp4" ? [.. content[..100], (byte)(content[100] ^ 1), .. content[101..]] : content);

        var verdict = await VerifyAsync(zip);

        var problem = Assert.Single(verdict.Problems);
        Assert.Equal((CaseFileCodes.FileHashMismatch, "evidence/现场检查.mp4", 2L), (problem.Code, problem.Path, problem.Sequence));
        Assert.Contains("现场检查.mp4", problem.Message, StringComparison.Ordinal);
        Assert.Contains("第 2 号事件", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameTheEventWhenAFileAndItsManifestHashWereBothReplaced()
    {
        var exported = await ExportAsync();
        var forged = "forged video"u8.ToArray();
        var (hash, _) = await ContentHash.ComputeAsync(new MemoryStream(forged));
        var zip = CaseFileZip.Rewrite(exported, (path, content) => path switch
        {
            "evidence/现场检查.mp4" => forged,
            "manifest.json" => System.Text.Encoding.UTF8.GetBytes(RewriteManifestEntry(content, "evidence/现场检查.mp4", hash, forged.Length)),
            _ => content,
        });

        var verdict = await VerifyAsync(zip);

        Assert.Contains(verdict.Problems, p => (p.Code, p.Path, p.Sequence) == (CaseFileCodes.FileNotInEvent, "evidence/现场检查.mp4", 2L));
        Assert.DoesNotContain(verdict.Problems, p => p.Code == CaseFileCodes.FileHashMismatch);
    }

    [Fact]
    public async Task CatchAnAlteredInclusionProof()
    {
        var zip = CaseFileZip.RewriteText(await ExportAsync(), "proofs.json", text =>
        {
            var proofs = JsonNode.Parse(text)!;
            var path = proofs["events"]![3]!["auditPath"]!.AsArray();
            var first = path[0]!.GetValue<string>();
            path[0] = (first[0] == '0' ? "1" : "0") + first[1..];
            return proofs.ToJsonString();
        });

        var verdict = await VerifyAsync(zip);

        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.ProofInvalid && p.Sequence == 4);
        Assert.DoesNotContain(verdict.Problems, p => p.Code == CaseFileCodes.ProofInvalid && p.Sequence != 4);
    }

    [Fact]
    public async Task CatchABrokenCheckpointSignature()
    {
        var zip = CaseFileZip.RewriteText(await ExportAsync(), "checkpoint.txt", note =>
        {
            var signature = note.LastIndexOf(' ') + 10;
            return note[..signature] + (note[signature] == 'A' ? 'B' : 'A') + note[(signature + 1)..];
        });

        var verdict = await VerifyAsync(zip);

        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.CheckpointInvalid);
    }

    [Fact]
    public async Task CatchFilesRemovedAndFilesAdded()
    {
        var zip = CaseFileZip.Rewrite(await ExportAsync(), (path, content) => path == "documents/询问笔录-签字.pdf" ? null : content, new Dictionary<string, byte[]> { ["evidence/补充.jpg"] = [1, 2, 3] });

        var verdict = await VerifyAsync(zip);

        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.FileMissing && p.Path == "documents/询问笔录-签字.pdf");
        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.FileUnlisted && p.Path == "evidence/补充.jpg");
    }

    [Fact]
    public async Task CarryTheDepartmentsCosignatureAndItsKeySoTheVerifierChecksItOffline()
    {
        var zip = await ExportWitnessedAsync();

        var verdict = await VerifyAsync(zip);

        Assert.True(verdict.Outcome == CaseFileOutcome.Valid, string.Join("\n", verdict.Problems.Select(p => $"{p.Code} {p.Message}")));
        var witnessed = Assert.Single(verdict.Findings, f => f.Code == CaseFileCodes.Cosignatures);
        Assert.Contains("sanxiang/xintian-sfj/witness", witnessed.Message, StringComparison.Ordinal);
        Assert.StartsWith("sanxiang/xintian-sfj/witness 04", CaseFileZip.Text(zip, "witness-keys.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAFileWithoutCosignaturesAsBefore()
    {
        var verdict = await VerifyAsync(await ExportAsync());

        Assert.Equal(CaseFileOutcome.Valid, verdict.Outcome);
        Assert.DoesNotContain(verdict.Findings, f => f.Code == CaseFileCodes.Cosignatures);
    }

    [Fact]
    public async Task CatchACosignatureAlteredInTheCaseFile()
    {
        var zip = CaseFileZip.RewriteText(await ExportWitnessedAsync(), "checkpoint.txt", note =>
        {
            var signature = note.TrimEnd('\n').LastIndexOf(' ') + 20;
            return note[..signature] + (note[signature] == 'A' ? 'B' : 'A') + note[(signature + 1)..];
        });

        var verdict = await VerifyAsync(zip);

        Assert.Contains(verdict.Findings, f => f.Code == CaseFileCodes.Checkpoint && f.Passed);
        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.CosignatureInvalid);
        Assert.Equal(CaseFileOutcome.Invalid, verdict.Outcome);
    }

    [Fact]
    public async Task CatchAWitnessKeyReplacedOrRemoved()
    {
        var witnessed = await ExportWitnessedAsync();
        var replaced = CaseFileZip.RewriteText(witnessed, "witness-keys.txt", _ => $"sanxiang/xintian-sfj/witness {Sm2KeyPair.Generate().PublicKey.ToHex()}\n");
        var removed = CaseFileZip.RewriteText(witnessed, "witness-keys.txt", _ => string.Empty);

        Assert.Contains((await VerifyAsync(replaced)).Problems, p => p.Code == CaseFileCodes.CosignatureInvalid);
        Assert.Contains((await VerifyAsync(removed)).Problems, p => p.Code == CaseFileCodes.WitnessKeyMissing);
    }

    // The case's checkpoint cosigned by 新田县司法局's witness, as the silo's witness grain would, then exported.
    private async Task<byte[]> ExportWitnessedAsync()
    {
        await DemoCase.AppendAsync(Store, dataDir);
        var now = DateTimeOffset.UtcNow;
        var signed = await Log.CheckpointAsync(DemoCase.Tenant, now);
        var key = await new WitnessStore(Backend.Database).GetOrCreateKeyAsync("xintian-sfj", now);
        var line = CosignatureNote.Sign(signed.Checkpoint, CosignatureNote.WitnessName("xintian-sfj"), key, now);
        await Log.AddCosignatureAsync(DemoCase.Tenant, signed.Checkpoint.Timestamp, "xintian-sfj", line, now);
        return await ExportOnlyAsync();
    }

    private static string RewriteManifestEntry(byte[] manifest, string path, string hash, long size)
    {
        var json = JsonNode.Parse(manifest)!;
        var entry = json["files"]!.AsArray().Single(f => f!["path"]!.GetValue<string>() == path)!;
        entry["hash"] = hash;
        entry["size"] = size;
        return json.ToJsonString();
    }

    private static async Task<CaseFileVerdict> VerifyAsync(byte[] zip) => await CaseFileVerifier.VerifyAsync(new MemoryStream(zip));

    private CaseFileExporter Exporter() => new(Store, Log, new FolderBlobStore(dataDir));

    private async Task<byte[]> ExportAsync()
    {
        await DemoCase.AppendAsync(Store, dataDir);
        return await ExportOnlyAsync();
    }

    private async Task<byte[]> ExportOnlyAsync()
    {
        using var output = new MemoryStream();
        await Exporter().ExportAsync(DemoCase.Tenant, DemoCase.CaseId, output);
        return output.ToArray();
    }
}
