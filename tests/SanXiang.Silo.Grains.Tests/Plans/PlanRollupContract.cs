using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.Tests.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Tests.Plans;

/// <summary>
/// A department's rollup of the plans below it, read from the read model in one query, must say what the Domain says of
/// each plan, summed — after any sequence of filings, answers and reports, on any day.
/// </summary>
public abstract class PlanRollupContract
{
    private static readonly DateOnly[] Days = [new(2026, 12, 1), new(2027, 4, 1), new(2027, 7, 1), new(2028, 1, 1), new(2028, 7, 2)];

    private protected abstract IGrainFactory Grains { get; }

    private protected async Task EqualARecomputationFromThePlansAfterRandomUpdatesAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        foreach (var agency in tree.All)
        {
            await Grains.GetGrain<IPlanGrain>(agency).SeedAsync(Plan(agency == tree.OtherCity), "v1");
        }

        var random = new Random(20261202);
        var below = tree.All.Where(a => a != tree.Province).ToList();
        for (var i = 0; i < 60; i++)
        {
            await ActAsync(Grains.GetGrain<IPlanGrain>(below[random.Next(below.Count)]), random, tree.Province);
        }

        var rollups = new List<PlanRollup>();
        foreach (var day in Days)
        {
            var expected = await RecomputeAsync(below, day);
            var rollup = await Grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform).RollupAsync(tree.Province, day);
            Assert.Equal(expected, rollup with { Phases = [], DepartmentName = "" });
            Assert.Equal("测试省司法厅", rollup.DepartmentName);
            Assert.Equal(await PhasesAsync(below, day), rollup.Phases.OrderBy(p => p.Name, StringComparer.Ordinal));
            rollups.Add(rollup);
        }

        // The random acts left every kind of standing somewhere, so the comparison above compared numbers, not zeros.
        Assert.Contains(rollups, r => r.DeliverablesApproved > 0 && r.TasksComplete > 0 && r.TasksOverdue > 0 && r.DatedItemsOnTime > 0 && r.Phases.Count > 0);
    }

    private protected async Task FollowAnAgencyThatMovesToAnotherDepartmentAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        foreach (var agency in tree.All)
        {
            await Grains.GetGrain<IPlanGrain>(agency).SeedAsync(Plan(agency == tree.Township), "v1");
        }

        var random = new Random(7);
        for (var i = 0; i < 30; i++)
        {
            await ActAsync(Grains.GetGrain<IPlanGrain>(i % 2 == 0 ? tree.County : tree.Township), random, tree.Province);
        }

        // The county (and the township station under it) moves from the first city to the other.
        var county = (await Grains.GetGrain<IAgencyGrain>(tree.County).GetAsync())!.Profile with { ParentId = tree.OtherCity };
        await Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).RecordAllAsync([county]);

        foreach (var day in Days)
        {
            var rollups = Grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform);
            Assert.Equal(await RecomputeAsync([tree.County, tree.Township], day), (await rollups.RollupAsync(tree.OtherCity, day)) with { Phases = [], DepartmentName = "" });
            Assert.Equal(await RecomputeAsync([], day), (await rollups.RollupAsync(tree.City, day)) with { Phases = [], DepartmentName = "" });
            Assert.Equal(await RecomputeAsync([tree.City, tree.OtherCity, tree.County, tree.Township], day), (await rollups.RollupAsync(tree.Province, day)) with { Phases = [], DepartmentName = "" });
        }
    }

    private protected async Task CountOnlyTheAgenciesBelowTheDepartmentAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        foreach (var agency in tree.All)
        {
            await Grains.GetGrain<IPlanGrain>(agency).SeedAsync(Plan(false), "v1");
        }

        var city = await Grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform).RollupAsync(tree.City, Days[0]);
        var township = await Grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform).RollupAsync(tree.Township, Days[0]);

        Assert.Equal((2, 2, 4), (city.Descendants, city.AgenciesWithPlan, city.Tasks / 2));
        Assert.Equal(0, township.Descendants);
        Assert.Equal(0, township.Tasks);
    }

    private static async Task ActAsync(IPlanGrain plan, Random random, string superior)
    {
        var record = (await plan.GetRecordAsync())!;
        try
        {
            switch (random.Next(4))
            {
                case 0:
                    await plan.FileDeliverableAsync(Pick(record.Plan.Deliverables, random).Name, "head", null, [new PlanEvidence("材料", null)]);
                    break;
                case 1:
                    await plan.ReviewDeliverableAsync(Pick(record.Plan.Deliverables, random).Name, "supervisor", superior, random.Next(2) == 0, "请补充");
                    break;
                default:
                    var task = Pick(record.Plan.LedgerTasks, random);
                    await plan.ReportLedgerTaskAsync(task.Id, "section", "进展", [new PlanEvidence("佐证", null)], !task.LongTerm && random.Next(2) == 0);
                    break;
            }
        }
        catch (SanXiangException)
        {
            // Random acts include refused ones (a second filing, an answer with nothing waiting): the rollup must ignore them too.
        }
    }

    private async Task<PlanRollup> RecomputeAsync(IReadOnlyList<string> agencies, DateOnly day)
    {
        var records = new List<PlanRecord>();
        foreach (var agency in agencies)
        {
            records.Add((await Grains.GetGrain<IPlanGrain>(agency).GetRecordAsync())!);
        }

        var progress = records.Select(r => r.Progress(day)).ToList();
        var dated = records.SelectMany(r =>
            r.Plan.Deliverables.Select(d => (Due: d.Due, r.ProgressOf(d, day).Dates.DoneOn))
                .Concat(r.Plan.LedgerTasks.Where(t => !t.LongTerm).Select(t => (Due: t.Due!.Value, r.ProgressOf(t, day).Dates.DoneOn))))
            .Where(i => i.Due < day)
            .ToList();
        return new PlanRollup(
            day,
            agencies.Count,
            records.Count,
            progress.Count(p => p.DeliverablesOverdue + p.TasksOverdue > 0),
            progress.Sum(p => p.Deliverables),
            progress.Sum(p => p.DeliverablesApproved),
            progress.Sum(p => p.DeliverablesOverdue),
            progress.Sum(p => p.Tasks),
            progress.Sum(p => p.TasksComplete),
            progress.Sum(p => p.TasksOverdue),
            dated.Count,
            dated.Count(i => i.DoneOn <= i.Due),
            [],
            "");
    }

    private async Task<IReadOnlyList<PhaseCount>> PhasesAsync(IReadOnlyList<string> agencies, DateOnly day)
    {
        var phases = new List<PlanPhase>();
        foreach (var agency in agencies)
        {
            phases.AddRange((await Grains.GetGrain<IPlanGrain>(agency).GetAsync())!.Phases);
        }

        return [.. phases.Where(p => p.Start <= day && (p.End is null || p.End >= day))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => new PhaseCount(g.Key, g.Count()))
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static ImplementationPlan Plan(bool later) => new(
        "实施方案",
        null,
        [
            new PlanPhase("安排部署阶段", new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31), null),
            new PlanPhase("全面实施阶段", new DateOnly(later ? 2027 : 2026, 12, 1), null, null),
            new PlanPhase("整改提高阶段", new DateOnly(2027, 6, 1), new DateOnly(2027, 12, 31), null),
        ],
        [
            new Deliverable("实施方案（备案）", new DateOnly(2026, 6, 30), "上级"),
            new Deliverable("制度汇编", new DateOnly(2027, 3, 31), "上级"),
            new Deliverable("工作总结", new DateOnly(2027, 12, 15), "上级"),
        ],
        [
            new LedgerTask(1, "一", "强化事前公开", "建立公示平台链接", "各科室", "2026年10月", new DateOnly(2026, 10, 31), false),
            new LedgerTask(2, "一", "强化事前公开", "公开执法人员信息", "各科室", "2027年6月", new DateOnly(2027, 6, 30), false),
            new LedgerTask(3, "二", "规范事中公示", "执法全程公示执法身份", "各科室", "长期执行", null, true),
            new LedgerTask(4, "三", "统计年报", "每年公开上年度数据", "各科室", "2027年1月，并长期执行", new DateOnly(2027, 1, 31), true),
        ],
        null);
}
