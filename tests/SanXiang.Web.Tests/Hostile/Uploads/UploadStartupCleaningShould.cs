using System.Net;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 9: a file left by a killed process stayed there after restart.</summary>
[Trait("Suite", "Hostile")]
public sealed class UploadStartupCleaningShould
{
    [Fact]
    public async Task RemoveWhatAKilledProcessLeftButNotWhatALiveOneIsWriting()
    {
        var dataDir = UploadAppFactory.NewDataDir();
        var longAgo = DateTime.UtcNow.AddHours(-2);
        var abandonedZip = Left(Path.Combine(Path.GetTempPath(), $"sanxiang-verify-{Guid.NewGuid():N}.zip"), longAgo);
        var liveZip = Left(Path.Combine(Path.GetTempPath(), $"sanxiang-verify-{Guid.NewGuid():N}.zip"), longAgo);
        var halfBlob = Left(Path.Combine(dataDir, "blobs", "sm3", $".{Guid.NewGuid():N}.tmp"), longAgo);
        var orphanPart = Left(Path.Combine(dataDir, "uploads", "xuchang", $"{Guid.NewGuid():N}.part"), longAgo);
        try
        {
            // A verification still running in another process holds its zip open and locked.
            await using var verifying = new FileStream(liveZip, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            await using var host = UploadAppFactory.On(dataDir);
            using var health = await host.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

            await EventuallyAsync(() => !File.Exists(abandonedZip) && !File.Exists(halfBlob) && !File.Exists(orphanPart));

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.True(File.Exists(liveZip));
        }
        finally
        {
            File.Delete(liveZip);
            File.Delete(abandonedZip);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static string Left(string path, DateTime writtenAt)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, writtenAt);
        return path;
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 300 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "启动后的清理没有删除被终止进程留下的文件。");
    }
}
