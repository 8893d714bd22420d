using System.Diagnostics;
using System.Globalization;

namespace SanXiang.Benchmarks.Scale;

/// <summary>Runs a measured call after a warm-up and reports its median and 95th percentile.</summary>
internal static class Timings
{
    public static async Task<string> MeasureAsync(int runs, Func<int, Task> call, int warmUp = 3)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await call(i);
        }

        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await call(i);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {Format(samples[(runs - 1) / 2])}, p95 {Format(samples[(int)Math.Ceiling(runs * 0.95) - 1])} ({runs} runs)");
    }

    private static string Format(double milliseconds) => milliseconds < 1
        ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds * 1000:F0} µs")
        : string.Create(CultureInfo.InvariantCulture, $"{milliseconds:F1} ms");
}
