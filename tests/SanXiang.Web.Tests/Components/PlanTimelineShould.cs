using Bunit;
using SanXiang.Web.Components.Plans;

namespace SanXiang.Web.Tests.Components;

public sealed class PlanTimelineShould : ConsoleTestContext
{
    [Fact]
    public void MarkThePhaseContainingToday()
    {
        var cut = Render<PlanTimeline>(p => p
            .Add(t => t.Phases, Samples.Phases())
            .Add(t => t.Today, new DateOnly(2019, 7, 15)));

        var current = Assert.Single(cut.FindAll("[data-state=Current]"));
        Assert.Contains("完善制度", current.TextContent, StringComparison.Ordinal);
        Assert.Contains("今天", current.QuerySelector(".today-marker")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("处于“完善制度”阶段", cut.Find(".today-statement").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SetPastPhasesApartFromLaterOnes()
    {
        var cut = Render<PlanTimeline>(p => p
            .Add(t => t.Phases, Samples.Phases())
            .Add(t => t.Today, new DateOnly(2019, 7, 15)));

        Assert.Single(cut.FindAll(".phase-past"));
        Assert.Equal(2, cut.FindAll(".phase-future").Count);
    }

    [Fact]
    public void SayWhenEveryPhaseIsPast()
    {
        var cut = Render<PlanTimeline>(p => p
            .Add(t => t.Phases, Samples.Phases())
            .Add(t => t.Today, new DateOnly(2026, 11, 23)));

        Assert.Empty(cut.FindAll(".today-marker"));
        Assert.Equal(4, cut.FindAll(".phase-past").Count);
        Assert.Contains("各实施步骤均已结束", cut.Find(".today-statement").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RunAnOpenEndedPhaseUntilTheNextOneStarts()
    {
        var cut = Render<PlanTimeline>(p => p
            .Add(t => t.Phases, Samples.Phases())
            .Add(t => t.Today, new DateOnly(2019, 10, 31)));

        Assert.Contains("全面实施", cut.Find("[data-state=Current]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawNoTimelineForAPlanWithoutPhases()
    {
        var cut = Render<PlanTimeline>(p => p
            .Add(t => t.Phases, [])
            .Add(t => t.Today, new DateOnly(2026, 11, 23)));

        Assert.Empty(cut.FindAll(".mud-timeline"));
        Assert.NotEmpty(cut.Find(".today-statement").TextContent.Trim());
    }
}
