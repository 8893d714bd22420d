using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Integrity;
using SanXiang.Plugins;
using SanXiang.Silo;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// The case paths of the busiest agency, measured from the silo that generated them: first a sample of its
/// cases checked as a reader would check them (the chain verifies, the case grain loads the case, the event's
/// inclusion proof verifies against the signed checkpoint), then one page of its case list, the tree head and
/// proofs of its log, and durable appends to that log (<see cref="ProvinceAppends"/>).
/// </summary>
internal static class CaseMeasurements
{
    public static async Task RunAsync(IServiceProvider services, ProvinceShape shape, int runs, int appendingCases, TimeSpan appendFor)
    {
        const string Tenant = ProvinceCases.Busiest;
        var grains = services.GetRequiredService<IGrainFactory>();
        var store = services.GetRequiredService<CaseEventStore>();
        var log = services.GetRequiredService<TenantMerkleLog>();
        var checkpoint = (await log.GetLatestCheckpointAsync(Tenant) ?? await FirstCheckpointAsync(log, Tenant)).Checkpoint;
        var size = checkpoint.TreeSize;
        var algorithm = ChainHashAlgorithm.Get(checkpoint.Algorithm);
        var random = new Random(9);
        string AnyCase() => ProvinceCases.CaseId(random.Next(shape.BusiestCases));
        long AnyEvent() => random.Next(1, shape.EventsPerCase + 1);

        for (var i = 0; i < 20; i++)
        {
            var caseId = AnyCase();
            var chain = await store.VerifyAsync(Tenant, caseId);
            var view = await grains.GetGrain<ICaseGrain>(GrainKeys.For(Tenant, caseId)).GetAsync();
            var proof = await log.GetInclusionProofAsync(Tenant, caseId, AnyEvent(), size);
            if (!chain.IsValid || view is null || !MerkleTree.VerifyInclusion(algorithm, proof.LeafIndex, size, MerkleTree.HashLeaf(algorithm, proof.EventHash), proof.AuditPath, checkpoint.RootHash))
            {
                throw new InvalidOperationException($"{Tenant}/{caseId} does not verify: chain {chain.IsValid} ({chain.Message}), loaded {view is not null}");
            }
        }

        var older = size / 3;
        var consistency = await log.GetConsistencyProofAsync(Tenant, older, size);
        if (!MerkleTree.VerifyConsistency(algorithm, older, size, consistency.Path, consistency.OldHead.RootHash, checkpoint.RootHash))
        {
            throw new InvalidOperationException($"{Tenant}: the log at {size} is not consistent with itself at {older}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  checked: 20 cases of {Tenant} verify (chain, loaded by the case grain, inclusion proof against the checkpoint of {size} leaves) and the log at {size} is consistent with it at {older}"));

        var list = grains.GetGrain<ICaseListGrain>(Tenant);
        var today = CaseDates.ChinaDate(DateTimeOffset.UtcNow);
        var open = new CaseQuery(today, CaseStatus.Open);
        var deep = await CursorAfterAsync(list, open, pages: 100);
        Report($"case list of {Tenant} ({await list.CountAsync(new CaseQuery(today))} cases in the read model), first page of 50 办理中 (ICaseListGrain.ListAsync)", await Timings.MeasureAsync(runs, _ => list.ListAsync(open, 50, null)));
        Report("the same list, page 101 (after the cursor of page 100)", await Timings.MeasureAsync(runs, _ => list.ListAsync(open, 50, deep)));
        Report("first page of 50 办理中 行政检查 (status and category)", await Timings.MeasureAsync(runs, _ => list.ListAsync(open with { Category = EnforcementCategory.Inspection }, 50, null)));
        Report("first page of 50 已结案 (none: every generated case is open)", await Timings.MeasureAsync(Math.Max(5, runs / 5), _ => list.ListAsync(new CaseQuery(today, CaseStatus.Closed), 50, null)));

        Report($"tree head of the whole log ({await LogSizeAsync(log, Tenant)} leaves, TenantMerkleLog.GetTreeHeadAsync)", await Timings.MeasureAsync(runs * 4, _ => log.GetTreeHeadAsync(Tenant)));
        Report($"tree head at the checkpoint ({size} leaves)", await Timings.MeasureAsync(runs * 4, _ => log.GetTreeHeadAsync(Tenant, size)));
        Report("inclusion proof of a random case's event against the checkpoint", await Timings.MeasureAsync(runs * 4, _ => log.GetInclusionProofAsync(Tenant, AnyCase(), AnyEvent(), size)));
        Report("consistency proof from a random older size to the checkpoint", await Timings.MeasureAsync(runs * 4, _ => log.GetConsistencyProofAsync(Tenant, random.NextInt64(1, size), size)));

        if (appendingCases > 0)
        {
            Report($"durable appends with read-model rows, {appendingCases} cases at once into the log of {size} leaves", await ProvinceAppends.MeasureAsync(services, shape, appendingCases, appendFor));
        }
    }

    // A province generated by a run stopped before its checkpoint (--data-dir): the product's checkpoint, timed as the generator times it.
    private static async Task<SignedCheckpoint> FirstCheckpointAsync(TenantMerkleLog log, string tenant)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var signed = await log.CheckpointAsync(tenant, DateTimeOffset.UtcNow);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    step: first checkpoint of {tenant} ({signed.Checkpoint.TreeSize} leaves) in {clock.Elapsed.TotalSeconds:F1} s"));
        return signed;
    }

    private static async Task<string?> CursorAfterAsync(ICaseListGrain list, CaseQuery query, int pages)
    {
        string? after = null;
        for (var i = 0; i < pages; i++)
        {
            var page = await list.ListAsync(query, 50, after);
            after = page.HasNextPage ? page.EndCursor : after;
        }

        return after;
    }

    private static async Task<long> LogSizeAsync(TenantMerkleLog log, string tenant) => (await log.GetTreeHeadAsync(tenant)).Size;

    private static void Report(string what, string figures) => Console.WriteLine($"  {what}: {figures}");
}
