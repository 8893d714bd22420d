using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>verify [--provider sqlite|postgres|both] [--connection C] [--events 10000] [--runs 5]</c>:
/// appends one case of N events, then times <see cref="CaseEventStore.VerifyAsync"/> over it —
/// first (the process's first verification: JIT and a new connection), cold (connection pools
/// cleared before each run, so a fresh connection and, for SQLite, an empty page cache) and warm
/// (pooled connection), medians of the runs. The operating system's file cache stays warm throughout.
/// </summary>
internal static class VerifyBenchmark
{
    private const int Batch = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "both";
        var connection = CommandOptions.Get(args, "--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES");
        var events = CommandOptions.GetInt(args, "--events", 10_000);
        var runs = CommandOptions.GetInt(args, "--runs", 5);
        var providers = provider == "both" ? ["sqlite", "postgres"] : new[] { provider };
        Console.WriteLine($"SM3: {Sm3.Implementation}");
        var failed = false;
        foreach (var name in providers)
        {
            var dataDir = Path.Combine(Path.GetTempPath(), $"sanxiang-verify-{Guid.NewGuid():N}");
            var database = await EventLogTargets.PrepareAsync(name, connection, dataDir);
            try
            {
                failed |= !await MeasureAsync(name, database, events, runs);
            }
            finally
            {
                if (name == "sqlite")
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(dataDir, recursive: true);
                }
            }
        }

        return failed ? 1 : 0;
    }

    private static async Task<bool> MeasureAsync(string provider, EventLogDatabase database, int events, int runs)
    {
        await using var store = new CaseEventStore(database);
        var tenant = $"bench-{Guid.NewGuid():N}"[..14];
        const string caseId = "verify-10k";
        var appending = Stopwatch.StartNew();
        for (var last = 0L; last < events;)
        {
            var count = (int)Math.Min(Batch, events - last);
            var batch = Enumerable.Range(1, count).Select(i => EventLogTargets.Event(caseId, last + i)).ToList();
            var result = await store.AppendAsync(tenant, caseId, last, batch);
            last = result.Succeeded ? result.LastSequence : throw new InvalidOperationException($"conflict at {last}");
        }

        appending.Stop();
        ClearPools();
        var (first, ok) = await TimeAsync(store, tenant, caseId);
        var cold = new List<double>();
        var warm = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            ClearPools();
            var (ms, valid) = await TimeAsync(store, tenant, caseId);
            cold.Add(ms);
            ok &= valid;
        }

        for (var i = 0; i < runs; i++)
        {
            var (ms, valid) = await TimeAsync(store, tenant, caseId);
            warm.Add(ms);
            ok &= valid;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verify provider={provider} events={events} (appended in {appending.Elapsed.TotalSeconds:F1} s): first {first:F0} ms; " +
            $"cold median {Median(cold):F0} ms [{string.Join(", ", cold.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))}]; " +
            $"warm median {Median(warm):F0} ms [{string.Join(", ", warm.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))}]; " +
            $"chain {(ok ? "valid" : "INVALID")}"));
        return ok;
    }

    private static async Task<(double Milliseconds, bool Valid)> TimeAsync(CaseEventStore store, string tenant, string caseId)
    {
        var started = Stopwatch.GetTimestamp();
        var verification = await store.VerifyAsync(tenant, caseId);
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, verification.IsValid);
    }

    private static void ClearPools()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
