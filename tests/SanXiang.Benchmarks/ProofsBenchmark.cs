using System.Diagnostics;
using System.Globalization;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Benchmarks;

/// <summary>
/// <c>proofs [--provider sqlite|postgres] [--connection C] [--data-dir D] [--events N] [--samples 200]</c>:
/// the latency of a tree head, an inclusion proof and a consistency proof (p50/p95/max, ms) in one tenant's
/// log of N events, against its checkpoint, read from the stored tree as the public endpoints read it. With <c>--data-dir</c> a log
/// filled before is reused, so a 10 000 000-event log is filled once.
/// </summary>
internal static class ProofsBenchmark
{
    private const string Tenant = "bench-proofs";

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandOptions.Get(args, "--provider") ?? "sqlite";
        var connection = CommandOptions.Get(args, "--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES");
        var dataDir = CommandOptions.Get(args, "--data-dir") ?? Path.Combine(Path.GetTempPath(), $"sanxiang-proofs-{Guid.NewGuid():N}");
        var events = CommandOptions.GetInt(args, "--events", 1_000_000);
        var samples = CommandOptions.GetInt(args, "--samples", 200);
        var database = await EventLogTargets.PrepareAsync(provider, connection, dataDir);
        var log = new TenantMerkleLog(database);
        await using (var store = new CaseEventStore(database))
        {
            var size = (await log.GetTreeHeadAsync(Tenant)).Size;
            if (size == 0)
            {
                await AppendsBenchmark.PrefillAsync(store, Tenant, events);
            }
            else if (size < events)
            {
                throw new InvalidOperationException($"{dataDir} holds a log of {size} events, fewer than {events}: give a fresh --data-dir.");
            }
        }

        // Proofs are asked against the latest checkpoint, as the public endpoint and the case-file export ask.
        var checkpoint = await log.GetLatestCheckpointAsync(Tenant) ?? await log.CheckpointAsync(Tenant, DateTimeOffset.UtcNow);
        var treeSize = checkpoint.Checkpoint.TreeSize;
        var random = new Random(6962);
        var heads = await TimeAsync(samples, () => log.GetTreeHeadAsync(Tenant));
        var olderHeads = await TimeAsync(samples, () => log.GetTreeHeadAsync(Tenant, random.NextInt64(1, treeSize)));
        var signedHeads = await TimeAsync(samples, () => log.GetTreeHeadAsync(Tenant, treeSize));
        var inclusions = await TimeAsync(samples, () => log.GetInclusionProofAsync(Tenant, $"fill-{random.Next((int)(treeSize / 1_000))}", random.Next(1, 1_001), treeSize));
        var consistencies = await TimeAsync(samples, () => log.GetConsistencyProofAsync(Tenant, random.NextInt64(1, treeSize), treeSize));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"proofs provider={provider} events={treeSize}: tree head {Line(heads)}; signed tree head {Line(signedHeads)}; any older tree head {Line(olderHeads)}; inclusion proof {Line(inclusions)}; consistency proof {Line(consistencies)}"));
        return 0;
    }

    private static async Task<double[]> TimeAsync<T>(int samples, Func<Task<T>> call)
    {
        await call();
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static string Line(double[] sorted) => string.Create(
        CultureInfo.InvariantCulture,
        $"p50 {sorted[sorted.Length / 2]:F2} ms, p95 {sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1]:F2} ms, max {sorted[^1]:F2} ms");
}
