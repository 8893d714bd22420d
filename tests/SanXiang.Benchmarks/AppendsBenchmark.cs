using System.Diagnostics;
using System.Globalization;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>appends [--provider sqlite|postgres|both] [--connection C] [--data-dir D] [--seconds 10] [--cases 64] [--prefill N]</c>:
/// durable appends per second and their latency with N cases appending at once, each issuing its
/// next append as soon as the previous one is acknowledged, beside the disk's or the server's raw
/// commit rate measured in the same run: 4 KiB write+fsync for SQLite, single-row autocommit
/// INSERTs through Npgsql for PostgreSQL. Group commit is what lets the first exceed the second.
/// <c>--prefill N</c> first appends N events to the same tenant (cases of 1 000 events, through the store
/// itself, so the Merkle tree is the one appends build), to measure appends to a log that is already long.
/// </summary>
internal static class AppendsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "both";
        var connection = CommandOptions.Get(args, "--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES");
        var seconds = CommandOptions.GetInt(args, "--seconds", 10);
        var cases = CommandOptions.GetInt(args, "--cases", 64);
        var prefill = CommandOptions.GetInt(args, "--prefill", 0);
        var providers = provider == "both" ? ["sqlite", "postgres"] : new[] { provider };
        foreach (var name in providers)
        {
            var dataDir = CommandOptions.Get(args, "--data-dir") ?? Path.Combine(Path.GetTempPath(), $"sanxiang-appends-{Guid.NewGuid():N}");
            var database = await EventLogTargets.PrepareAsync(name, connection, dataDir);
            var (rate, latencies) = await MeasureAsync(database, cases, TimeSpan.FromSeconds(seconds), prefill);
            var raw = name == "sqlite"
                ? $"raw 4 KiB write+fsync in {dataDir}: {FsyncBenchmark.Run(dataDir, TimeSpan.FromSeconds(3)):F0} fsync/s"
                : $"raw single-row autocommit INSERT via Npgsql: {await RawInsertBenchmark.RunAsync(database.ConnectionString, TimeSpan.FromSeconds(3)):F0} inserts/s";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"appends provider={name} cases={cases} seconds={seconds} prefill={prefill}: {rate:F0} appends/s, p50 {Percentile(latencies, 0.50):F1} ms, " +
                $"p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms; {raw}"));
            if (name == "sqlite" && CommandOptions.Get(args, "--data-dir") is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dataDir, recursive: true);
            }
        }

        return 0;
    }

    private static async Task<(double Rate, double[] SortedLatencies)> MeasureAsync(EventLogDatabase database, int cases, TimeSpan duration, int prefill)
    {
        await using var store = new CaseEventStore(database);
        var tenant = $"bench-{Guid.NewGuid():N}"[..14];
        if (prefill > 0)
        {
            await PrefillAsync(store, tenant, prefill);
        }

        var keys = Enumerable.Range(0, cases).Select(i => $"case-{i}").ToList();

        // Warm-up: connections, JIT and each case's first row, so the timed part measures steady appends.
        await Task.WhenAll(keys.Select(key => store.AppendAsync(tenant, key, 0, [EventLogTargets.Event(key, 1)])));

        var clock = Stopwatch.StartNew();
        var perCase = await Task.WhenAll(keys.Select(async key =>
        {
            var latencies = new List<double>(4096);
            long last = 1;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await store.AppendAsync(tenant, key, last, [EventLogTargets.Event(key, last + 1)]);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"{key}: unexpected conflict at {last}");
                }

                last = result.LastSequence;
            }

            return latencies;
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = perCase.SelectMany(l => l).Order().ToArray();
        return (all.Length / elapsed, all);
    }

    /// <summary>Appends <paramref name="events"/> events to <paramref name="tenant"/> through the store, in cases of 1 000 (<c>fill-{n}</c>).</summary>
    public static async Task PrefillAsync(CaseEventStore store, string tenant, int events)
    {
        const int PerCase = 1_000;
        var clock = Stopwatch.StartNew();
        var caseCount = (events + PerCase - 1) / PerCase;

        // Eight cases in flight keep the group-commit writer busy without holding millions of events at once.
        using var slots = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, caseCount).Select(async c =>
        {
            await slots.WaitAsync();
            try
            {
                var key = $"fill-{c}";
                var count = Math.Min(PerCase, events - (c * PerCase));
                var result = await store.AppendAsync(tenant, key, 0, [.. Enumerable.Range(1, count).Select(n => EventLogTargets.Event(key, n))]);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"{key}: prefill conflict");
                }
            }
            finally
            {
                slots.Release();
            }
        }));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prefill: {events} events in {caseCount} cases, {clock.Elapsed.TotalSeconds:F0} s"));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
