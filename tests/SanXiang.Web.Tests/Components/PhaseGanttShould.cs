using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Plans;

namespace SanXiang.Web.Tests.Components;

public sealed class PhaseGanttShould : ConsoleTestContext
{
    [Fact]
    public void DrawTodaysLineInsideThePhaseThatContainsIt()
    {
        var cut = Gantt(Samples.Phases(), new DateOnly(2019, 7, 15));

        var current = Assert.Single(cut.FindAll("g.phase-bar[data-state=Current]"));
        Assert.Equal("完善制度", current.GetAttribute("data-phase"));
        var bar = current.QuerySelector("rect")!;
        var today = X(cut.Find(".today-line line"), "x1");
        Assert.InRange(today, X(bar, "x"), X(bar, "x") + X(bar, "width"));
        Assert.Empty(cut.FindAll(".today-off-chart"));
    }

    [Fact]
    public void LayThePhasesOutInDateOrderOnOneAxis()
    {
        var cut = Gantt(Samples.Phases(), new DateOnly(2019, 7, 15));

        var starts = cut.FindAll("g.phase-bar rect").Select(r => X(r, "x")).ToList();
        Assert.Equal(4, starts.Count);
        Assert.Equal(starts.Order().ToList(), starts);
        Assert.Contains(cut.FindAll("text"), t => t.TextContent == "2019年6月");
        Assert.Contains(cut.FindAll("text"), t => t.TextContent == "10月");
    }

    [Fact]
    public void SayTodayLiesAfterAPlanLongOverInsteadOfSqueezingItsBars()
    {
        var cut = Gantt(Samples.Phases(), new DateOnly(2026, 12, 2));

        Assert.Empty(cut.FindAll(".today-line"));
        Assert.Contains("在图示各阶段之后", cut.Find(".today-off-chart").TextContent, StringComparison.Ordinal);
        Assert.Equal(4, cut.FindAll("g.phase-bar[data-state=Past]").Count);
    }

    [Fact]
    public void StretchTheAxisToTodayWhenTheLastPhaseEndedWeeksAgo()
    {
        var cut = Gantt(Samples.Phases(), new DateOnly(2019, 12, 20));

        var today = X(cut.Find(".today-line line"), "x1");
        var lastBar = cut.FindAll("g.phase-bar rect")[^1];
        Assert.True(today > X(lastBar, "x") + X(lastBar, "width"), "today's line lies right of the last phase");
    }

    [Fact]
    public void DrawAnOpenLastPhaseDashed()
    {
        PlanPhase[] phases =
        [
            new("安排部署", new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30), null),
            new("全面实施", new DateOnly(2019, 7, 1), null, "2019年7月开始"),
        ];

        var cut = Gantt(phases, new DateOnly(2019, 7, 15));

        var open = cut.Find("g.phase-bar[data-phase=全面实施]");
        Assert.Equal("4 3", open.QuerySelector("rect")!.GetAttribute("stroke-dasharray"));
        Assert.Contains("2019年7月1日起", open.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawNothingForAPlanWithoutPhases()
    {
        var cut = Gantt([], new DateOnly(2019, 7, 15));

        Assert.Empty(cut.FindAll("svg"));
    }

    private IRenderedComponent<PhaseGantt> Gantt(IReadOnlyList<PlanPhase> phases, DateOnly today) =>
        Render<PhaseGantt>(p => p.Add(g => g.Timeline, PhaseTimeline.Of(phases, today)));

    private static double X(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
