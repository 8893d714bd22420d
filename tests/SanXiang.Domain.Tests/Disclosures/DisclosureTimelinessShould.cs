using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Disclosures;

public class DisclosureTimelinessShould
{
    private static readonly DateOnly Due = new(2026, 3, 19);

    private static readonly DisclosureEntry Draft = new(
        "xintian-scjg", "c1", "销售过期食品案", "张三", EnforcementCategory.Penalty, new DateOnly(2026, 3, 10), "新市监罚〔2026〕12号",
        DisclosureStatus.Draft, Due, null, null, null, DecidedCase.At(new DateOnly(2026, 3, 10)), null, null, null, null, null, null, null, null, null, null);

    private static DisclosureEntry PublishedAt(DateTimeOffset at) => Draft with { Status = DisclosureStatus.Published, PublishedAt = at };

    [Fact]
    public void CountADraftAsDueOnlyFromTheDayAfterItsDueDay()
    {
        Assert.Equal(Due.AddDays(1), DisclosureTimeliness.DueCountsFrom(Draft));
        Assert.Null(DisclosureTimeliness.OnTimeFrom(Draft));
    }

    [Fact]
    public void CountADecisionPublishedOnItsDueDayAsOnTimeFromThatDay()
    {
        var published = PublishedAt(DecidedCase.At(Due));

        Assert.Equal(Due, DisclosureTimeliness.DueCountsFrom(published));
        Assert.Equal(Due, DisclosureTimeliness.OnTimeFrom(published));
    }

    [Fact]
    public void JudgeThePublicationDayInBeijingTime()
    {
        // 17:00 UTC on the due day is 01:00 the next morning in Beijing: one day late.
        var late = PublishedAt(new DateTimeOffset(2026, 3, 19, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(Due.AddDays(1), DisclosureTimeliness.DueCountsFrom(late));
        Assert.Null(DisclosureTimeliness.OnTimeFrom(late));
    }

    [Fact]
    public void KeepCountingAWithdrawnDecisionAsItWasPublished()
    {
        var withdrawn = PublishedAt(DecidedCase.At(new DateOnly(2026, 3, 12))) with { Status = DisclosureStatus.Withdrawn };

        Assert.Equal(new DateOnly(2026, 3, 12), DisclosureTimeliness.OnTimeFrom(withdrawn));
    }

    [Fact]
    public void NeverCountADecisionWithheldByRuleOrOneWithoutADueDay()
    {
        Assert.Null(DisclosureTimeliness.DueCountsFrom(Draft with { Status = DisclosureStatus.Withheld }));
        Assert.Null(DisclosureTimeliness.DueCountsFrom(Draft with { Due = null, DueError = "日历缺少2026年" }));
    }
}
