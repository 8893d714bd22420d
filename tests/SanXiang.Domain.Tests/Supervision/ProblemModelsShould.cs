using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;

namespace SanXiang.Domain.Tests.Supervision;

public sealed class ProblemModelsShould
{
    [Fact]
    public void CountTheNinetyDaysFromTheDayAfterFilingInBeijingTime()
    {
        // 第六十条: filed on 2026-03-02 (Beijing), day 90 is 2026-05-31; from 2026-06-01 the case is past its 90 days.
        var filed = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.FromHours(8));

        Assert.False(filed < ProblemModels.FiledBefore(new DateOnly(2026, 5, 31)));
        Assert.True(filed < ProblemModels.FiledBefore(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void GiveEveryModelAStableIdAChineseNameAndTheRuleItCites()
    {
        Assert.Equal(ProblemModels.All.Count, ProblemModels.All.Select(m => m.Id).Distinct().Count());
        Assert.All(ProblemModels.All, m => Assert.Matches("^[a-z0-9-]+$", m.Id));
        Assert.All(ProblemModels.All, m => Assert.Matches("\\p{IsCJKUnifiedIdeographs}", m.Name + m.Basis));
    }

    [Fact]
    public void SayWhenAndHowLateADecisionWasPublished()
    {
        var facts = new FindingFacts("销售过期食品案", "新市监罚〔2026〕3号", null, new DateOnly(2026, 3, 19), new DateTimeOffset(2026, 3, 23, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal("“销售过期食品案”的决定（新市监罚〔2026〕3号）应于2026年3月19日前公示，实际于2026年3月23日公示，逾期4日。", ProblemModels.Evidence(ProblemModels.DisclosureLate, facts, new DateOnly(2026, 3, 25)));
    }

    [Fact]
    public void ReadAFindingsIdBackIntoItsModelAgencyAndSubject()
    {
        var id = FindingIds.Of(ProblemModels.CertificateInvalid, "xuchang", "c-1:431128A0001");

        Assert.Equal((ProblemModels.CertificateInvalid, "xuchang", "c-1:431128A0001"), FindingIds.Parse(id));
        Assert.Null(FindingIds.Parse("case-past-90-days/xuchang"));
    }

    [Fact]
    public void RefuseADismissalWithoutAReason()
    {
        var refused = Assert.Throws<SanXiangException>(() => FindingDismissalRule.Check(" \n"));

        Assert.Equal(ErrorCodes.FindingReasonRequired, refused.Code);
        Assert.Equal("已核实", FindingDismissalRule.Check(" 已核实 "));
    }
}
