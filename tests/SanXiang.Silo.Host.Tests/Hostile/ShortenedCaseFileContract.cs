using System.Text;
using System.Text.Json.Nodes;
using SanXiang.Domain.CaseFiles;
using SanXiang.Silo.Grains.CaseFiles;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.Tests.CaseFiles;
using SanXiang.Silo.Host.Tests.EventLog;
using SanXiang.Tools.CaseFiles;
using SanXiang.Silo.Grains.Blobs;

namespace SanXiang.Silo.Host.Tests.Hostile;

/// <summary>
/// Issue 12 §1: the last event of a case removed from its file — with its proof, the event count and the
/// manifest's SM3 lines mended, the agency's signature kept — must not pass, offline or by the command.
/// Issue 12 §10: a zip cut short is bad input (exit 2), not a crash.
/// </summary>
[Trait("Suite", "Hostile")]
public abstract class ShortenedCaseFileContract : EventLogTestBase
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), $"sx-hostile-{Guid.NewGuid():N}");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task RefuseACaseFileWhoseLastEventWasRemovedAndItsManifestMended()
    {
        var shortened = await ShortenAsync(await ExportAsync(), keepEvents: 5);

        var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(shortened));
        var (code, text) = await RunCommandAsync(shortened);

        Assert.Equal(CaseFileOutcome.Invalid, verdict.Outcome);
        var truncated = Assert.Single(verdict.Problems);
        Assert.Equal((CaseFileCodes.CaseTruncated, 6L), (truncated.Code, truncated.Sequence));
        Assert.Contains("第 6 号", truncated.Message, StringComparison.Ordinal);
        Assert.Equal(1, code);
        Assert.Contains("CASE_TRUNCATED", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseACaseHeadRewrittenToTheShortenedEnd()
    {
        var exported = await ExportAsync();
        var fifth = JsonNode.Parse(CaseFileZip.Text(exported, "events.jsonl").Split('\n')[4])!;
        var shortened = await ShortenAsync(exported, keepEvents: 5, head =>
        {
            head["seq"] = 5;
            head["hash"] = fifth["hash"]!.GetValue<string>();
        });

        var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(shortened));

        Assert.Equal(CaseFileOutcome.Invalid, verdict.Outcome);
        Assert.Contains(verdict.Problems, p => p.Code == CaseFileCodes.CaseHeadInvalid);
    }

    [Fact]
    public async Task RefuseAShortenedCaseFileThatClaimsTheOldFormat()
    {
        var shortened = await ShortenAsync(await ExportAsync(), keepEvents: 5, dropHead: true, formatVersion: 1);

        var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(shortened));

        Assert.NotEqual(CaseFileOutcome.Valid, verdict.Outcome);
        Assert.Equal(CaseFileCodes.FormatUnsupported, verdict.Findings[0].Code);
    }

    [Fact]
    public async Task ExitWithTwoForACaseFileCutShort()
    {
        var exported = await ExportAsync();

        var (code, text) = await RunCommandAsync(exported[..^10]);

        Assert.Equal(2, code);
        Assert.Contains("ZIP_UNREADABLE", text, StringComparison.Ordinal);
    }

    private async Task<byte[]> ExportAsync()
    {
        await DemoCase.AppendAsync(Store, dataDir);
        using var output = new MemoryStream();
        await new CaseFileExporter(Store, new TenantMerkleLog(Backend.Database), new FolderBlobStore(dataDir)).ExportAsync(DemoCase.Tenant, DemoCase.CaseId, output);
        return output.ToArray();
    }

    // What the attacker of issue 12 did: drop the tail of events.jsonl and of proofs.json, then make the
    // manifest agree (event count, every entry's SM3 and size); the checkpoint and its signature stay.
    private static async Task<byte[]> ShortenAsync(byte[] zip, int keepEvents, Action<JsonNode>? changeHead = null, bool dropHead = false, int? formatVersion = null)
    {
        var files = CaseFileZip.Read(zip);
        var lines = Encoding.UTF8.GetString(files["events.jsonl"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        files["events.jsonl"] = Encoding.UTF8.GetBytes(string.Join('\n', lines[..keepEvents]) + "\n");
        var proofs = JsonNode.Parse(files["proofs.json"])!;
        var kept = proofs["events"]!.AsArray().Where(p => p!["seq"]!.GetValue<long>() <= keepEvents).Select(p => p!.DeepClone()).ToArray();
        proofs["events"] = new JsonArray(kept);
        files["proofs.json"] = Encoding.UTF8.GetBytes(proofs.ToJsonString());
        if (changeHead is not null)
        {
            var head = JsonNode.Parse(files["case-head.json"])!;
            changeHead(head);
            files["case-head.json"] = Encoding.UTF8.GetBytes(head.ToJsonString());
        }

        if (dropHead)
        {
            files.Remove("case-head.json");
        }

        var manifest = JsonNode.Parse(files["manifest.json"])!;
        manifest["eventCount"] = keepEvents;
        if (formatVersion is { } version)
        {
            manifest["formatVersion"] = version;
        }

        var entries = new JsonArray();
        foreach (var entry in manifest["files"]!.AsArray())
        {
            var path = entry!["path"]!.GetValue<string>();
            var sequence = entry["sequence"]?.GetValue<long>();
            if (!files.TryGetValue(path, out var content) || sequence > keepEvents)
            {
                files.Remove(path);
                continue;
            }

            var (hash, size) = await ContentHash.ComputeAsync(new MemoryStream(content));
            var mended = entry.DeepClone();
            mended["hash"] = hash;
            mended["size"] = size;
            entries.Add(mended);
        }

        manifest["files"] = entries;
        files["manifest.json"] = Encoding.UTF8.GetBytes(manifest.ToJsonString());
        var empty = CaseFileZip.Rewrite(zip, (_, _) => null);
        return CaseFileZip.Rewrite(empty, (_, content) => content, files);
    }

    private async Task<(int Code, string Text)> RunCommandAsync(byte[] zip)
    {
        Directory.CreateDirectory(dataDir);
        var path = Path.Combine(dataDir, $"{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, zip);
        using var output = new StringWriter();
        var code = await VerifyCommand.RunAsync([path], output);
        return (code, output.ToString());
    }
}
