using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;
using SanXiang.Domain.Plans;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// Issue 13's figures: every agency of the province gets a plan of <c>--ledger-tasks</c> ledger tasks (43, as 许昌's, gives
/// 301 000 over 7 000 agencies), then the provincial government's rollup is timed from the silo and through <c>/graphql</c>,
/// and a county's report is timed until the province's dashboard would have read its new rollup: the change on the
/// cluster's stream, received, and the rollup read again.
/// </summary>
internal static class RollupMeasurements
{
    public static async Task<TimeSpan> SeedPlansAsync(IGrainFactory grains, IReadOnlyList<AgencyProfile> agencies, int tasks, int parallel)
    {
        var plan = Plan(tasks);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(agencies, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (agency, _) =>
        {
            await grains.GetGrain<IPlanGrain>(agency.Id).SeedAsync(plan, "bench-1");

            // A third of the agencies have reported their first task done, so the counts are not all zero.
            if (agency.Id.GetHashCode(StringComparison.Ordinal) % 3 == 0)
            {
                await grains.GetGrain<IPlanGrain>(agency.Id).ReportLedgerTaskAsync(1, "bench", "已完成", [new PlanEvidence("佐证材料", null)], completes: true);
            }
        });
        return clock.Elapsed;
    }

    public static async Task RunInSiloAsync(IServiceProvider services, IReadOnlyList<AgencyProfile> agencies, int runs)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var rollups = grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var sample = await rollups.RollupAsync(ProvinceAgencies.Government, today);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  rollup of {ProvinceAgencies.Government}: {sample.Descendants} agencies below, {sample.Tasks} ledger tasks ({sample.TasksComplete} complete, {sample.TasksOverdue} overdue), {sample.Deliverables} deliverables"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  enforcement counts: {sample.Enforcement.Officers} officers on duty, {sample.Enforcement.OfficersCertified} certified, {sample.Enforcement.ReviewersCertified} reviewers, {sample.Enforcement.DisclosuresDue} decisions due for publication"));
        Report("silo rollup(province)", await Timings.MeasureAsync(runs, _ => rollups.RollupAsync(ProvinceAgencies.Government, today)));
        var branches = await rollups.BranchesAsync(ProvinceAgencies.Government, today);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  drill-down of {ProvinceAgencies.Government}: {branches.Count} agencies directly below"));
        Report("silo rollupBranches(province)", await Timings.MeasureAsync(runs, _ => rollups.BranchesAsync(ProvinceAgencies.Government, today)));

        var counties = agencies.Where(a => a.Level == AgencyLevel.County).ToList();
        var client = services.GetRequiredService<IClusterClient>();
        var received = new System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource>();
        var stream = client.GetStreamProvider(RolloutStreams.Provider).GetStream<RolloutChange>(RolloutStreams.For(ProvinceAgencies.Government));
        var handle = await stream.SubscribeAsync((change, _) =>
        {
            if (received.TryGetValue(change.TenantId, out var waiting))
            {
                waiting.TrySetResult();
            }

            return Task.CompletedTask;
        });
        try
        {
            Report("a county's report until the province's dashboard has its new rollup (stream + rollup)", await Timings.MeasureAsync(Math.Max(10, runs / 2), async i =>
            {
                var county = counties[i * 7919 % counties.Count].Id;
                var arrived = received[county] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                await grains.GetGrain<IPlanGrain>(county).ReportLedgerTaskAsync(2, "bench", $"第 {i} 次报送", [], completes: false);
                await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
                await rollups.RollupAsync(ProvinceAgencies.Government, today);
            }));
        }
        finally
        {
            await handle.UnsubscribeAsync();
        }
    }

    public static async Task RunThroughGraphQLAsync(WebHostProcess host, int runs)
    {
        using var http = new HttpClient { BaseAddress = host.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GraphQLMeasurements.TokenAsync(http));
        var query = $"{{ rollup(tenantId: \"{ProvinceAgencies.Government}\") {{ descendants overdueTasks onTimeRate indicators {{ id value numerator denominator }} phases {{ name agencies }} }} }}";
        Report("GraphQL rollup(province)", await Timings.MeasureAsync(runs, _ => GraphQLMeasurements.PostAsync(http, query, new { })));
    }

    private static ImplementationPlan Plan(int tasks) => new(
        "推行行政执法三项制度实施方案",
        null,
        [
            new PlanPhase("安排部署阶段", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), null),
            new PlanPhase("完善制度阶段", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), null),
            new PlanPhase("全面实施阶段", new DateOnly(2026, 7, 1), null, null),
            new PlanPhase("整改提高阶段", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), null),
            new PlanPhase("总结报告阶段", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), null),
        ],
        [
            new Deliverable("实施方案（备案）", new DateOnly(2026, 2, 28), "上级机关"),
            new Deliverable("制度、清单、服务指南、流程图", new DateOnly(2026, 6, 30), "上级机关"),
            new Deliverable("工作总结", new DateOnly(2027, 1, 15), "上级机关"),
        ],
        [.. Enumerable.Range(1, tasks).Select(i => i % 3 == 0
            ? new LedgerTask(i, "一", "强化事前公开", $"第 {i} 项举措", "各科室", "长期执行", null, true)
            : new LedgerTask(i, "一", "强化事前公开", $"第 {i} 项举措", "各科室", "2026年10月", new DateOnly(2026, 10, 31), false))],
        null);

    private static void Report(string what, string figures) => Console.WriteLine($"  {what}: {figures}");
}
