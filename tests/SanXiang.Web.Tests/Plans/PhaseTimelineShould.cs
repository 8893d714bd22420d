using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Plans;
using SanXiang.Web.Tests.Components;

namespace SanXiang.Web.Tests.Plans;

public sealed class PhaseTimelineShould
{
    [Fact]
    public void SayTheRollOutHasNotBegunBeforeTheFirstPhase()
    {
        var timeline = PhaseTimeline.Of(Samples.Phases(), new DateOnly(2019, 1, 1));

        Assert.True(timeline.NotStarted);
        Assert.Contains("尚未开始", timeline.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void CountTheLastDayOfAPhaseAsInside() =>
        Assert.Equal("安排部署", PhaseTimeline.Of(Samples.Phases(), new DateOnly(2019, 6, 30)).Current?.Name);

    [Fact]
    public void SayEveryPhaseIsPastAfterTheLastOneEnds() =>
        Assert.True(PhaseTimeline.Of(Samples.Phases(), new DateOnly(2019, 11, 16)).AllPast);

    [Fact]
    public void NameTheNextPhaseInAGapBetweenTwoPhases()
    {
        PlanPhase[] phases =
        [
            new("安排部署", new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30), null),
            new("全面实施", new DateOnly(2019, 8, 1), new DateOnly(2019, 8, 31), null),
        ];

        var timeline = PhaseTimeline.Of(phases, new DateOnly(2019, 7, 15));

        Assert.Null(timeline.Current);
        Assert.Contains("下一阶段为“全面实施”", timeline.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void SayAPlanWithoutPhasesHasNone() =>
        Assert.Contains("未列出实施步骤", PhaseTimeline.Of([], new DateOnly(2019, 1, 1)).Statement, StringComparison.Ordinal);
}
