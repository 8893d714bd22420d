using System.Text;
using System.Text.Json;
using SanXiang.Domain.CaseFiles;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Files;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Host.Tests.CaseFiles;

/// <summary>
/// A penalty case of 新田县市场监督管理局 appended straight to the event log with the case branches' payload
/// conventions, its files written into a data directory's blob folder, beside another case of the same tenant.
/// </summary>
internal static class DemoCase
{
    public const string Tenant = "xintian-scjg";
    public const string CaseId = "2026-0001";
    public const string Officer = "xintian-scjg.officer";

    public static readonly byte[] Video = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("body-camera frame ", 4096)));
    public static readonly byte[] SecondVideo = Encoding.UTF8.GetBytes("another recording with the same file name");
    public static readonly byte[] Inquiry = Encoding.UTF8.GetBytes("询问笔录 docx bytes");
    public static readonly byte[] SignedScan = Encoding.UTF8.GetBytes("%PDF signed inquiry record");

    /// <summary>Appends the case (events 1–6) and four events of another case interleaved; returns the last sequence.</summary>
    public static async Task<long> AppendAsync(CaseEventStore store, string dataDir)
    {
        var video = await StoreAsync(dataDir, Video, "现场检查.mp4", "video/mp4");
        var second = await StoreAsync(dataDir, SecondVideo, "现场检查.mp4", "video/mp4");
        var inquiry = await StoreAsync(dataDir, Inquiry, "询问笔录.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var scan = await StoreAsync(dataDir, SignedScan, "询问笔录-签字.pdf", "application/pdf");
        var at = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8));
        await OtherCaseAsync(store, 0);
        await AppendAsync(store, 0, Event("case.opened", new { category = "Penalty", procedure = "general", officers = new[] { Officer, "xintian-scjg.officer2" } }, at));
        await AppendAsync(store, 1, Event("recording.added", new { kind = "on-site", stepId = "investigation", device = "DSJ-01", files = new[] { Described(video) } }, at.AddMinutes(10), video));
        await OtherCaseAsync(store, 2);
        await AppendAsync(store, 2, Event(CaseEventKinds.DocumentIssued, new { documentId = "doc-1", kind = "inquiry-record", name = "询问笔录", number = "新市监询〔2026〕1号", stepId = "investigation", files = new[] { Described(inquiry) } }, at.AddHours(1), inquiry));
        await AppendAsync(store, 3, Event(CaseEventKinds.DocumentSignedCopy, new { documentId = "doc-1", files = new[] { Described(scan) } }, at.AddHours(2), scan));
        await AppendAsync(store, 4, Event("evidence.added", new { stepId = "investigation", files = new[] { Described(second) } }, at.AddHours(3), second));
        await AppendAsync(store, 5, Event("step.completed", new { stepId = "investigation" }, at.AddDays(1)));
        return 6;
    }

    public static async Task AppendMoreAsync(CaseEventStore store, long after, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await AppendAsync(store, after + i - 1, Event("step.completed", new { stepId = $"step-{i}" }, new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero).AddMinutes(i)));
        }
    }

    public static string BlobPath(string dataDir, string hash) => Path.Combine(dataDir, new StoredFile(hash, "x", "x", 0).BlobPath);

    public static async Task<StoredFile> StoreAsync(string dataDir, byte[] content, string fileName, string mediaType)
    {
        using var source = new MemoryStream(content);
        var (hash, size) = await ContentHash.ComputeAsync(source);
        var file = new StoredFile(hash, fileName, mediaType, size);
        var path = BlobPath(dataDir, hash);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content);
        return file;
    }

    // The payload names a file as the case branches do: { hash, fileName, mediaType, size }.
    private static object Described(StoredFile file) => new { hash = file.Hash, fileName = file.FileName, mediaType = file.MediaType, size = file.Size };

    private static NewCaseEvent Event(string kind, object payload, DateTimeOffset at, params StoredFile[] files) =>
        new(kind, JsonSerializer.Serialize(payload, JsonSerializerOptions.Web), Officer, CanonicalEventEncoding.ToStoredPrecision(at), [.. files.Select(f => f.Hash)]);

    private static async Task AppendAsync(CaseEventStore store, long expected, NewCaseEvent e)
    {
        var result = await store.AppendAsync(Tenant, CaseId, expected, [e]);
        Assert.True(result.Succeeded);
    }

    private static async Task OtherCaseAsync(CaseEventStore store, long expected)
    {
        var at = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var result = await store.AppendAsync(Tenant, "2026-0002", expected, [
            new NewCaseEvent("case.opened", """{"category":"Penalty"}""", Officer, at),
            new NewCaseEvent("step.completed", """{"stepId":"filing"}""", Officer, at.AddHours(1)),
        ]);
        Assert.True(result.Succeeded);
    }
}
