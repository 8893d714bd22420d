using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Tests.Plans;

[Collection(ClusterCollection.Name)]
public class PlanGrainShould(ClusterFixture fixture)
{
    [Fact]
    public async Task WriteOnceWhenSeededTwiceWithTheSameCatalogVersion()
    {
        var grain = fixture.Grains.GetGrain<IPlanGrain>(Samples.NewTenantId());

        Assert.True(await grain.SeedAsync(Samples.Plan(), "v1"));
        Assert.False(await grain.SeedAsync(Samples.Plan("改过的标题"), "v1"));
        Assert.Equal("测试实施方案", (await grain.GetAsync())!.Title);
    }

    [Fact]
    public async Task TakeANewCatalogVersion()
    {
        var grain = fixture.Grains.GetGrain<IPlanGrain>(Samples.NewTenantId());
        await grain.SeedAsync(Samples.Plan(), "v1");

        Assert.True(await grain.SeedAsync(Samples.Plan("新版实施方案"), "v2"));
        Assert.Equal("新版实施方案", (await grain.GetAsync())!.Title);
    }

    [Fact]
    public async Task KeepFilingsAndReportsAcrossAReseedOfThePlan()
    {
        var tenant = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IPlanGrain>(tenant);
        await grain.SeedAsync(WithItems("v1 标题"), "v1");

        await grain.FileDeliverableAsync("执法工作手册", "张局长", null, [new PlanEvidence("《执法工作手册》", "玉司发〔2019〕12号")]);
        await grain.ReviewDeliverableAsync("执法工作手册", "李处长", "province", approve: false, "缺少流程图");
        await grain.ReportLedgerTaskAsync(7, "王科长", "链接已上线", [new PlanEvidence("公示专栏截图", null)], completes: true);
        await grain.SeedAsync(WithItems("v2 标题"), "v2");

        var record = (await grain.GetRecordAsync())!;
        Assert.Equal("v2 标题", record.Plan.Title);
        Assert.Equal(DeliverableState.Returned, record.HistoryOf(record.Plan.Deliverables[0]).State);
        Assert.Equal("缺少流程图", record.ProgressOf(record.Plan.Deliverables[0], new DateOnly(2019, 7, 1)).Remark);
        Assert.True(record.HistoryOf(record.Plan.LedgerTasks[0]).Done);
    }

    [Fact]
    public async Task RefuseAnItemThePlanDoesNotHave()
    {
        var grain = fixture.Grains.GetGrain<IPlanGrain>(Samples.NewTenantId());
        await grain.SeedAsync(WithItems("标题"), "v1");

        var deliverable = await Assert.ThrowsAsync<SanXiangException>(() => grain.FileDeliverableAsync("不存在的材料", "张局长", null, [new PlanEvidence("材料", null)]));
        var task = await Assert.ThrowsAsync<SanXiangException>(() => grain.ReportLedgerTaskAsync(99, "王科长", "进展", [], completes: false));

        Assert.Equal(ErrorCodes.NotFound, deliverable.Code);
        Assert.Equal(ErrorCodes.NotFound, task.Code);
        Assert.Empty((await grain.GetRecordAsync())!.Deliverables);
    }

    private static ImplementationPlan WithItems(string title) => Samples.Plan(title) with
    {
        Deliverables = [new Deliverable("执法工作手册", new DateOnly(2019, 7, 31), "省司法厅")],
        LedgerTasks = [new LedgerTask(7, "二", "强化事前公开", "建立执法信息公示平台链接", "各级司法行政部门", "2019年10月", new DateOnly(2019, 10, 31), false)],
    };
}
