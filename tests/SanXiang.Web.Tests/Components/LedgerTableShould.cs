using Bunit;
using SanXiang.Web.Components.Plans;

namespace SanXiang.Web.Tests.Components;

public sealed class LedgerTableShould : ConsoleTestContext
{
    [Fact]
    public void ShowEveryRowWithoutAFilter()
    {
        var cut = Render<LedgerTable>(p => p.Add(t => t.Tasks, Samples.Ledger()));

        Assert.Equal(4, cut.FindAll("tbody tr").Count);
        Assert.Contains("共 4 项，当前显示 4 项", cut.Find(".ledger-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FilterRowsByGroup()
    {
        var cut = Render<LedgerTable>(p => p
            .Add(t => t.Tasks, Samples.Ledger())
            .Add(t => t.Filter, new LedgerFilter(Group: "强化事前公开")));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Contains("强化事前公开", row.TextContent, StringComparison.Ordinal));
        Assert.Contains("共 4 项，当前显示 2 项", cut.Find(".ledger-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FilterRowsByTextInTheResponsibleUnits()
    {
        var cut = Render<LedgerTable>(p => p
            .Add(t => t.Tasks, Samples.Ledger())
            .Add(t => t.Filter, new LedgerFilter(Text: "司法行政")));

        var row = Assert.Single(cut.FindAll("tbody tr"));
        Assert.Contains("执法全程公示执法身份", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowLongTermRowsOnlyWhenAskedFor()
    {
        var cut = Render<LedgerTable>(p => p
            .Add(t => t.Tasks, Samples.Ledger())
            .Add(t => t.Filter, new LedgerFilter(Deadline: DeadlineKind.LongTerm)));

        Assert.Equal(3, cut.FindAll("tbody tr").Count);
    }

    [Fact]
    public void SayWhenNoRowMatches()
    {
        var cut = Render<LedgerTable>(p => p
            .Add(t => t.Tasks, Samples.Ledger())
            .Add(t => t.Filter, new LedgerFilter(Text: "不存在的单位")));

        Assert.Contains("没有符合条件的任务", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkItselfInteractiveAfterTheFirstRender()
    {
        var cut = Render<LedgerTable>(p => p.Add(t => t.Tasks, Samples.Ledger()));

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".ledger-count").GetAttribute("data-interactive")));
    }
}
