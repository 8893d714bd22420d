using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Plans;
using SanXiang.Web.Plans;

namespace SanXiang.Web.Tests.Components;

public sealed class DeliverableListShould : ConsoleTestContext
{
    private static readonly ImplementationPlan Plan = new(
        "许昌市实施方案",
        null,
        Samples.Phases(),
        [new Deliverable("执法工作手册", new DateOnly(2019, 7, 31), "河南省司法厅"), new Deliverable("工作总结", new DateOnly(2019, 11, 15), "河南省司法厅")],
        [],
        null);

    private IRenderedComponent<PlanSection> RenderSection(FakePlanConsoleData data)
    {
        Services.AddSingleton<IPlanConsoleData>(data);
        return Render<PlanSection>(p => p.Add(s => s.TenantId, "xuchang"));
    }

    [Fact]
    public void MarkADeliverableOverdueWhenNotFiledByItsDate()
    {
        var cut = RenderSection(new FakePlanConsoleData(Plan));

        Assert.Contains("逾期", Row(cut, "执法工作手册").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("逾期", Row(cut, "工作总结").TextContent, StringComparison.Ordinal);
        Assert.Contains("上级审核通过 0 / 2 项，逾期 1 项", cut.Find(".plan-progress").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FileADeliverableWithItsDocumentsAndWaitForTheSuperior()
    {
        var cut = RenderSection(new FakePlanConsoleData(Plan, new PlanAbilities(CanFile: true, CanReport: true, CanReview: false)));

        Row(cut, "执法工作手册").QuerySelector(".deliverable-file")!.Click();
        cut.Find(".plan-evidence-title-0 input").Change("《许昌市行政执法工作手册》");
        cut.Find(".plan-evidence-number-0 input").Change("许政办〔2019〕21号");
        cut.Find(".deliverable-submit").Click();

        cut.WaitForAssertion(() => Assert.Contains("已报送，待上级审核", Row(cut, "执法工作手册").TextContent, StringComparison.Ordinal));
        Assert.Contains("逾期报送", Row(cut, "执法工作手册").TextContent, StringComparison.Ordinal);
        Assert.Contains("许昌市 许昌市管理员 报送：《许昌市行政执法工作手册》（许政办〔2019〕21号）", Row(cut, "执法工作手册").TextContent, StringComparison.Ordinal);
        Assert.Empty(Row(cut, "执法工作手册").QuerySelectorAll(".deliverable-file"));
    }

    [Fact]
    public async Task LetTheSuperiorSendAFilingBackOnlyWithARemark()
    {
        var data = new FakePlanConsoleData(Plan, new PlanAbilities(CanFile: false, CanReport: false, CanReview: true));
        await data.FileDeliverableAsync("xuchang", "执法工作手册", null, [new("《许昌市行政执法工作手册》", null)]);
        var cut = RenderSection(data);

        Row(cut, "执法工作手册").QuerySelector(".deliverable-return")!.Click();
        cut.Find(".deliverable-submit").Click();
        cut.WaitForAssertion(() => Assert.Contains("请写明退回意见。", cut.Find(".deliverable-remark-input").TextContent, StringComparison.Ordinal));

        cut.Find(".deliverable-remark-input textarea").Change("缺少执法流程图");
        cut.Find(".deliverable-submit").Click();

        cut.WaitForAssertion(() => Assert.Contains("上级退回", Row(cut, "执法工作手册").TextContent, StringComparison.Ordinal));
        Assert.Contains("上级意见：缺少执法流程图", Row(cut, "执法工作手册").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".deliverable-file"));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<PlanSection> cut, string name) =>
        cut.FindAll(".deliverable-row").Single(r => r.GetAttribute("data-deliverable") == name);
}
