using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Supervision;

namespace SanXiang.Web.Tests.Components;

public sealed class FindingsPanelShould : ConsoleTestContext
{
    private static readonly Finding LateCase = new(
        "case-past-90-days/xuchang/c-1", ProblemModels.CasePastNinetyDays, "立案超过九十日未作出处罚决定", "《中华人民共和国行政处罚法》第六十条", "xuchang", "许昌市司法局",
        FindingSubject.Case, "c-1", null, "“销售过期食品案”（当事人：某超市）于2026年3月2日立案，至2026年6月15日已105日，尚未作出处罚决定。", null);

    private static readonly Finding Ledger = new(
        "ledger-task-overdue/xuchang/2019-12-01", ProblemModels.LedgerTaskOverdue, "台账任务逾期未完成", "实施方案工作任务分解台账", "xuchang", "许昌市司法局",
        FindingSubject.Ledger, null, null, "有3项台账任务超过完成时限未完成，最早自2019年8月1日起逾期。", null);

    private IRenderedComponent<FindingsPanel> Render(FakeFindingConsoleData data, bool headsOnly = false)
    {
        Services.AddSingleton<IFindingConsoleData>(data);
        RenderPopoverProvider();
        return Render<FindingsPanel>(p => p.Add(c => c.TenantId, "henan-sft").Add(c => c.HeadsOnly, headsOnly));
    }

    [Fact]
    public void ListEachFindingWithItsEvidenceBasisAndALinkToTheRecord()
    {
        var panel = Render(new FakeFindingConsoleData([LateCase, Ledger]));

        var rows = panel.FindAll(".finding-row");
        Assert.Equal(2, rows.Count);
        Assert.Contains("立案超过九十日未作出处罚决定", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("已105日，尚未作出处罚决定", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("第六十条", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/t/xuchang/cases/c-1", rows[0].QuerySelector(".finding-link")!.GetAttribute("href"));
        Assert.Equal("/t/xuchang/ledger", rows[1].QuerySelector(".finding-link")!.GetAttribute("href"));
        Assert.Empty(panel.FindAll(".finding-dismiss"));
        Assert.DoesNotContain("case-past-90-days", panel.Find(".findings-panel").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DismissAFindingOnlyWithAReason()
    {
        var data = new FakeFindingConsoleData([LateCase, Ledger], new FindingViewer(false, true));
        var panel = Render(data);

        panel.FindAll(".finding-dismiss")[0].Click();
        panel.Find(".finding-confirm").Click();
        panel.WaitForAssertion(() => Assert.Contains("请写明忽略的理由。", panel.Markup, StringComparison.Ordinal));
        Assert.Equal(2, panel.FindAll(".finding-row").Count);

        panel.Find(".finding-reason textarea").Change("经核实已依法延长办案期限");
        panel.Find(".finding-confirm").Click();

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll(".finding-row")));
        Assert.Equal("经核实已依法延长办案期限", data.Items.Single(f => f.Id == LateCase.Id).Dismissal!.Reason);
    }

    [Fact]
    public void TurnAFindingIntoARectificationTaskOfItsAgencyShownByName()
    {
        var data = new FakeFindingConsoleData([LateCase, Ledger], new FindingViewer(false, true));
        var panel = Render(data);

        panel.FindAll(".finding-convert-open")[1].Click();

        panel.WaitForAssertion(() => Assert.Equal("许昌市司法局", panel.Find(".finding-convert-agency input").GetAttribute("value")));
        Assert.StartsWith("台账任务逾期未完成：有3项台账任务", panel.Find(".finding-convert-problem textarea").GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("监督线索处置：台账任务逾期未完成", panel.Find(".finding-convert-inspection input").GetAttribute("value"), StringComparison.Ordinal);
        panel.Find(".finding-convert-confirm").Click();
        panel.WaitForAssertion(() => Assert.Contains("请选择整改责任单位和整改期限。", panel.Find(".finding-convert-error").TextContent, StringComparison.Ordinal));

        panel.Find(".finding-convert-deadline input").Change("2026-06-30");
        panel.Find(".finding-convert-confirm").Click();

        panel.WaitForAssertion(() => Assert.Contains("已转整改", panel.FindAll(".finding-row")[1].TextContent, StringComparison.Ordinal));
        Assert.Equal("/t/henan-sft/supervision/20260615-abc123", panel.Find(".finding-task-link").GetAttribute("href"));
        Assert.Equal(FindingState.Converted, data.Items.Single(f => f.Id == Ledger.Id).State);
        Assert.Single(panel.FindAll(".finding-convert-open"));
    }

    [Fact]
    public void SayInChineseThatAFindingAnotherSupervisorTurnedMeanwhileCannotBeTurnedAgain()
    {
        var data = new FakeFindingConsoleData([Ledger], new FindingViewer(false, true));
        var panel = Render(data);
        panel.Find(".finding-convert-open").Click();
        panel.WaitForElement(".finding-convert-deadline input").Change("2026-06-30");

        data.ConvertElsewhere(Ledger.Id);
        panel.Find(".finding-convert-confirm").Click();

        panel.WaitForAssertion(() => Assert.Equal("该监督线索已转为整改任务，不能重复转办。", panel.Find(".finding-convert-error").TextContent.Trim()));
        Assert.Empty(panel.FindAll(".finding-converted"));
    }

    [Fact]
    public void ShowNothingOnTheAgencyPageToSomeoneWhoIsNotItsHead()
    {
        var panel = Render(new FakeFindingConsoleData([LateCase]), headsOnly: true);

        Assert.Empty(panel.FindAll(".findings-panel"));
    }
}
