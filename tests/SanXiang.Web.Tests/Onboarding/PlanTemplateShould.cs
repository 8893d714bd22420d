using SanXiang.Silo.Plans;

namespace SanXiang.Web.Tests.Onboarding;

public sealed class PlanTemplateShould
{
    private static readonly ImplementationPlan Gengma = new(
        "耿马傣族佤族自治县应急管理局全面推行行政执法“三项制度”工作实施方案",
        "耿应急发〔2019〕8号",
        [new PlanPhase("安排部署阶段", new(2019, 5, 1), new(2019, 5, 31), "研究制定具体工作方案，于2019年5月25日前报县司法局备案。")],
        [new Deliverable("推行三项制度工作总结", new(2019, 10, 31), "县司法局")],
        [new LedgerTask(1, "一", "强化事前公开", "建立链接。", "各级司法行政部门", "2019年10月，并长期执行", new(2019, 10, 31), true)],
        null);

    [Fact]
    public void GiveTheNewAgencyThePlanUnderItsNameWithEveryDateMovedToItsStart()
    {
        var plan = PlanTemplate.Adopt(Gengma, "耿马傣族佤族自治县应急管理局", "长葛市市场监督管理局", new DateOnly(2027, 3, 15));

        Assert.Equal("长葛市市场监督管理局全面推行行政执法“三项制度”工作实施方案", plan.Title);
        Assert.Null(plan.DocumentNumber);
        var phase = Assert.Single(plan.Phases);
        Assert.Equal((new DateOnly(2027, 3, 1), (DateOnly?)new DateOnly(2027, 3, 31)), (phase.Start, phase.End));
        Assert.Equal("研究制定具体工作方案，于2027年3月25日前报县司法局备案。", phase.Summary);
        Assert.Equal(new DateOnly(2027, 8, 31), Assert.Single(plan.Deliverables).Due);
        var task = Assert.Single(plan.LedgerTasks);
        Assert.Equal(("2027年8月，并长期执行", (DateOnly?)new DateOnly(2027, 8, 31), true), (task.Deadline, task.Due, task.LongTerm));
    }
}
