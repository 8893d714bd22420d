using SanXiang.Domain.Calendar;
using SanXiang.Domain.Deadlines;

namespace SanXiang.Domain.Tests.Deadlines;

public class StricterRuleShould
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    private static readonly IDeadlineRule LocalFiveDayPublication = new WorkingDaysAfterRule(
        "LOCAL-PUBLISH-PENALTY-5",
        "某市行政执法公示实施方案",
        "行政处罚决定信息在作出之日起5个工作日内公开。",
        5);

    [Fact]
    public void KeepTheLawWhenTheLocalPlanIsLooser()
    {
        var rule = StatutoryDeadlines.Stricter(StatutoryDeadlines.WithdrawPublishedPenalty, StatutoryDeadlines.WithdrawDisclosedDecision);
        var deadline = rule.Compute(Official, new DateOnly(2026, 4, 3));
        Assert.Equal(new DateOnly(2026, 4, 9), deadline.Due);
        Assert.Equal("APL-48-WITHDRAW", deadline.RuleId);
    }

    [Fact]
    public void TakeTheLocalPlanWhenItIsStricter()
    {
        var rule = StatutoryDeadlines.Stricter(StatutoryDeadlines.PublishLicensingOrPenaltyDecision, LocalFiveDayPublication);
        var deadline = rule.Compute(Official, new DateOnly(2026, 5, 8));
        Assert.Equal(new DateOnly(2026, 5, 14), deadline.Due);
        Assert.Equal("LOCAL-PUBLISH-PENALTY-5", deadline.RuleId);
        Assert.Equal("某市行政执法公示实施方案", deadline.Citation);
    }

    [Fact]
    public void CiteTheLawWhenBothGiveTheSameDay()
    {
        var sameDays = new WorkingDaysAfterRule("LOCAL-PUBLISH-PENALTY-7", "某市实施方案", "7个工作日内公开。", 7);
        var deadline = StatutoryDeadlines.Stricter(StatutoryDeadlines.PublishLicensingOrPenaltyDecision, sameDays).Compute(Official, new DateOnly(2026, 5, 8));
        Assert.Equal("DISCLOSE-LICENSING-PENALTY", deadline.RuleId);
    }

    [Fact]
    public void StayProvisionalWhenEitherSideUsedAProvisionalYear()
    {
        var rule = StatutoryDeadlines.Stricter(StatutoryDeadlines.PublishLicensingOrPenaltyDecision, LocalFiveDayPublication);
        var deadline = rule.Compute(Official.WithProvisionalYears(2027), new DateOnly(2026, 12, 24));
        Assert.Equal(new DateOnly(2026, 12, 31), deadline.Due);
        Assert.Equal("LOCAL-PUBLISH-PENALTY-5", deadline.RuleId);
        Assert.True(deadline.Provisional);
    }
}
