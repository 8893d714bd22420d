using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.CaseFiles;
using SanXiang.Plugins;
using SanXiang.Silo.Sectors;

namespace SanXiang.Web.Tests.Cases;

/// <summary>The case file (案卷) of a penalty case walked through the API to closing, as its officer downloads it.</summary>
[Collection(CasesCollection.Name)]
public sealed class CaseFileOfARealCaseShould(CasesAppFactory factory)
{
    [Fact]
    public async Task HoldEveryDocumentAndTheRecordingInTheStandardsOrderAndNameATamperedRecording()
    {
        var walk = await PenaltyCaseWalk.ToClosingAsync(factory, "韩梅", "邓超");
        var read = await walk.Api.CaseAsync(walk.CaseId);

        var (response, zip) = await walk.Api.DownloadAsync($"/t/{CaseApi.Tenant}/cases/{walk.CaseId}/case-file.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(zip));
        Assert.True(verdict.Outcome == CaseFileOutcome.Valid, string.Join("\n", verdict.Problems.Select(p => $"{p.Code} {p.Path} {p.Message}")));
        Assert.Equal(read["lastSequence"]!.GetValue<long>(), verdict.EventCount);
        Assert.Equal(walk.CaseId, verdict.CaseId);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var rows = JsonSerializer.Deserialize<List<CaseFileIndexEntry>>(Bytes(archive, CaseFileLayout.IndexJson), CaseFileJson.Options)!;

        // Every issued document is in the zip under its number (if it has one), with the bytes the chain records.
        var documents = read["documents"]!.AsArray().Select(d => d!).ToList();
        Assert.Equal(12, documents.Count);
        Assert.Contains(documents, d => d["number"] is not null);
        var documentRows = rows.Where(r => r.Role == CaseFileRoles.Document).ToList();
        var kindOf = new Dictionary<CaseFileIndexEntry, string>();
        foreach (var document in documents)
        {
            var hash = document["hash"]!.GetValue<string>();
            var row = Assert.Single(documentRows, r => CaseApi.Sm3(Bytes(archive, r.Path)) == hash);
            Assert.Equal(document["number"]?.GetValue<string>(), row.DocumentNumber);
            Assert.Equal(document["name"]!.GetValue<string>(), row.Name);
            kindOf[row] = document["kind"]!.GetValue<string>();
        }

        Assert.Equal(documents.Count, documentRows.Count);
        var signedCopy = Assert.Single(rows, r => r.Role == CaseFileRoles.SignedCopy);
        Assert.Equal(walk.Scan, Bytes(archive, signedCopy.Path));
        var receipt = Assert.Single(documentRows, r => kindOf[r] == "service-receipt");
        Assert.Equal(receipt.Order + 1, signedCopy.Order);
        Assert.Equal($"{walk.Receipt["name"]!.GetValue<string>()}（签章件）", signedCopy.Name);
        var recording = Assert.Single(rows, r => r.Role == CaseFileRoles.Evidence);
        Assert.Equal(walk.Video, Bytes(archive, recording.Path));
        Assert.Equal("evidence/现场检查录像.mp4", recording.Path);

        // 卷内目录 lists the documents as the 市场监管 case-file standard files them: 卷宗封面 and 卷内目录 first.
        var listed = documentRows.Select(r => kindOf[r]).ToList();
        var standard = factory.Services.GetRequiredService<ISectorRegistry>().Find("market-regulation")!.CaseFileStandards
            .Single(s => s.Category == EnforcementCategory.Penalty).Items.Select(i => i.DocumentKind).ToList();
        Assert.Equal(["case-file-cover", "case-file-index"], listed[..2]);
        Assert.Equal(listed.OrderBy(kind => standard.IndexOf(kind) is var i and >= 0 ? i : int.MaxValue).ToList(), listed);
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.Order));

        var tampered = await CaseFileVerifier.VerifyAsync(new MemoryStream(FlipAByte(zip, recording.Path)));
        Assert.Equal(CaseFileOutcome.Invalid, tampered.Outcome);
        Assert.Contains(tampered.Problems, p => p.Path == recording.Path);
        Assert.All(tampered.Problems, p => Assert.True(p.Path is null || p.Path == recording.Path, $"{p.Code} {p.Path} {p.Message}"));
    }

    private static byte[] Bytes(ZipArchive archive, string path)
    {
        var entry = archive.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"The case file has no entry “{path}”.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] FlipAByte(byte[] zip, string path)
    {
        using var copy = new MemoryStream();
        copy.Write(zip);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var content = Bytes(archive, path);
            content[content.Length / 2] ^= 0x01;
            archive.GetEntry(path)!.Delete();
            using var stream = archive.CreateEntry(path, CompressionLevel.NoCompression).Open();
            stream.Write(content);
        }

        return copy.ToArray();
    }
}
