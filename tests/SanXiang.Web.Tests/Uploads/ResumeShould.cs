using System.Net;

namespace SanXiang.Web.Tests.Uploads;

[Collection(UploadCollection.Name)]
public sealed class ResumeShould(UploadAppFactory factory)
{
    private const string Officer = "xuchang.officer";

    [Fact]
    public async Task ContinueAnUploadCutOffMidRequestFromTheOffsetTheServerReports()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var data = SampleFiles.Mp4(5 * 1024 * 1024);
        var path = await tus.CreatedAsync(data.Length);

        await Assert.ThrowsAnyAsync<Exception>(() => tus.PatchAsync(path, 0, new FailingContent(data, 3 * 1024 * 1024)));
        var offset = await WaitForSettledOffsetAsync(tus, path);
        await tus.SendAllAsync(path, data, offset, 1024 * 1024);
        var record = await tus.RecordAsync(path);

        Assert.InRange(offset, 0, 3 * 1024 * 1024);
        Assert.Equal(SampleFiles.Sm3Hex(data), record["upload"]!["sm3"]!.GetValue<string>());
    }

    [Fact]
    public async Task ContinueAnUploadAfterTheWebHostRestarts()
    {
        var dataDir = UploadAppFactory.NewDataDir();
        var data = SampleFiles.Mp4(3 * 1024 * 1024 + 5);
        string path;
        try
        {
            await using (var first = UploadAppFactory.On(dataDir))
            {
                var tus = await TusClient.SignedInAsync(first.CreateClient(), Officer);
                path = await tus.CreatedAsync(data.Length);
                using var half = await tus.PatchAsync(path, 0, data.AsMemory(0, 2 * 1024 * 1024));
                Assert.Equal(HttpStatusCode.NoContent, half.StatusCode);
            }

            await using var second = UploadAppFactory.On(dataDir);
            var resumed = await TusClient.SignedInAsync(second.CreateClient(), Officer);
            var offset = await resumed.OffsetAsync(path);
            await resumed.SendAllAsync(path, data, offset, 1024 * 1024);
            var record = await resumed.RecordAsync(path);

            Assert.Equal(2 * 1024 * 1024, offset);
            Assert.Equal(SampleFiles.Sm3Hex(data), record["upload"]!["sm3"]!.GetValue<string>());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // The server notices the broken body a moment after the client does; the offset is final once the writer has let go.
    private static async Task<long> WaitForSettledOffsetAsync(TusClient tus, string path)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var probe = await tus.PatchAsync(path, await tus.OffsetAsync(path), ReadOnlyMemory<byte>.Empty);
            if (probe.StatusCode == HttpStatusCode.NoContent)
            {
                return await tus.OffsetAsync(path);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("上传一直被占用。");
    }
}
