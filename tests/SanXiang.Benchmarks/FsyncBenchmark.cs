using System.Diagnostics;

namespace SanXiang.Benchmarks;

/// <summary>
/// The ceiling for durable single writes on this disk: write 4 KiB, fsync, repeat. A database that
/// commits each write durably cannot do more commits per second than this unless it groups them.
/// </summary>
internal static class FsyncBenchmark
{
    public static double Run(string directory, TimeSpan duration)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"fsync-{Guid.NewGuid():N}.bin");
        var block = new byte[4096];
        Random.Shared.NextBytes(block);
        var count = 0;
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
                file.Write(block);
                file.Flush(flushToDisk: true);
                count++;
            }

            return count / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
