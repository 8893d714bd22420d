using SanXiang.Tools.CaseFiles;
using SanXiang.Silo.Grains.CaseFiles;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.Tests.EventLog;
using SanXiang.Silo.Grains.Blobs;

namespace SanXiang.Silo.Host.Tests.CaseFiles;

/// <summary>The command in tools/SanXiang.CaseFileVerifier: what it prints and its exit codes.</summary>
public sealed class VerifyCommandShould : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sx-verify-{Guid.NewGuid():N}");
    private byte[] exported = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await using var backend = SqliteBackend.Create();
        await backend.MigrateAsync();
        await using var store = new CaseEventStore(backend.Database);
        await DemoCase.AppendAsync(store, folder);
        using var output = new MemoryStream();
        await new CaseFileExporter(store, new TenantMerkleLog(backend.Database), new FolderBlobStore(folder)).ExportAsync(DemoCase.Tenant, DemoCase.CaseId, output);
        exported = output.ToArray();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ExitWithZeroAndSayValidForAnUntouchedCaseFile()
    {
        var (code, text) = await RunAsync(exported);

        Assert.Equal(0, code);
        Assert.Contains("[通过] CHAIN", text, StringComparison.Ordinal);
        Assert.Contains("[通过] CHECKPOINT", text, StringComparison.Ordinal);
        Assert.Contains("案卷有效（VALID）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitWithOneAndNameTheFirstBadEventForATamperedCaseFile()
    {
        var tampered = CaseFileZip.RewriteEvents(exported, lines => [.. lines.Select(l => l.Contains("\"seq\":2,", StringComparison.Ordinal) ? l.Replace("DSJ-01", "DSJ-02", StringComparison.Ordinal) : l)]);

        var (code, text) = await RunAsync(tampered);

        Assert.Equal(1, code);
        Assert.Contains("[失败] HASH_MISMATCH 第 2 号事件", text, StringComparison.Ordinal);
        Assert.Contains("第一个有问题的事件是第 2 号", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitWithTwoForAFileThatIsNotACaseFile()
    {
        var (code, text) = await RunAsync("not a zip at all"u8.ToArray());

        Assert.Equal(2, code);
        Assert.Contains("ZIP_UNREADABLE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitWithTwoWithoutAnArgumentOrForAMissingFile()
    {
        using var usage = new StringWriter();
        using var missing = new StringWriter();

        Assert.Equal(2, await VerifyCommand.RunAsync([], usage));
        Assert.Equal(2, await VerifyCommand.RunAsync([Path.Combine(folder, "nowhere.zip")], missing));
        Assert.Contains("FILE_NOT_FOUND", missing.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Code, string Text)> RunAsync(byte[] zip)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, zip);
        using var output = new StringWriter();
        var code = await VerifyCommand.RunAsync([path], output);
        return (code, output.ToString());
    }
}
