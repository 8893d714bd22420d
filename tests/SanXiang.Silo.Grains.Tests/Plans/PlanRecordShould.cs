using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Tests.Plans;

public class PlanRecordShould
{
    // 许昌's plan is a ledger alone: no phases, no deliverables.
    private static readonly ImplementationPlan LedgerOnly = new(
        "许昌市实施方案",
        "许依法行政领〔2019〕2号",
        [],
        [],
        [
            new LedgerTask(1, "一", "强化事前公开", "建立公示平台链接", "各级司法行政部门", "2019年10月", new DateOnly(2019, 10, 31), false),
            new LedgerTask(2, "二", "规范事中公示", "执法全程公示执法身份", "各级行政执法机关", "长期执行", null, true),
        ],
        null);

    [Fact]
    public void StartALedgerOnlyPlanAtItsFirstDatedTaskSoALongTermTaskIsNotOverdueSinceTheYearOne()
    {
        var record = new PlanRecord(LedgerOnly, new Dictionary<string, Domain.Plans.DeliverableHistory>(), new Dictionary<int, Domain.Plans.LedgerTaskHistory>());
        var longTerm = LedgerOnly.LedgerTasks[1];

        Assert.Equal(new DateOnly(2019, 10, 31), record.Start);
        Assert.Equal(new DateOnly(2020, 1, 1), record.HistoryOf(longTerm).Dates(longTerm.DeadlineRule, record.Start).OverdueFrom);
        Assert.False(record.ProgressOf(longTerm, new DateOnly(2019, 12, 31)).Overdue);
    }
}
