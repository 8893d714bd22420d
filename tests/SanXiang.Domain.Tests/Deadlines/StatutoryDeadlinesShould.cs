using SanXiang.Domain.Calendar;
using SanXiang.Domain.Deadlines;

namespace SanXiang.Domain.Tests.Deadlines;

public class StatutoryDeadlinesShould
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    [Fact]
    public void GiveNinetyNaturalDaysToDecideAfterFiling()
    {
        var deadline = StatutoryDeadlines.Decision.Compute(Official, new DateOnly(2026, 1, 10));
        Assert.Equal(new DateOnly(2026, 4, 10), deadline.Due);
        Assert.Equal("APL-60-DECISION", deadline.RuleId);
        Assert.Equal("《中华人民共和国行政处罚法》第六十条", deadline.Citation);
    }

    [Fact]
    public void NotNeedTheCalendarForNaturalDays() =>
        Assert.Equal(new DateOnly(2028, 3, 30), StatutoryDeadlines.Decision.Compute(WorkingDayCalendar.Empty, new DateOnly(2027, 12, 31)).Due);

    [Fact]
    public void GiveFiveWorkingDaysToAskForAHearingAcrossTheNationalDayWeek()
    {
        var deadline = StatutoryDeadlines.HearingRequest.Compute(Official, new DateOnly(2026, 9, 29));
        Assert.Equal(new DateOnly(2026, 10, 12), deadline.Due);
        Assert.Equal("APL-64-HEARING-REQUEST", deadline.RuleId);
        Assert.Contains("五日内", deadline.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaveSevenWholeWorkingDaysBetweenTheHearingNoticeAndTheHearing()
    {
        Assert.Equal(new DateOnly(2026, 3, 4), StatutoryDeadlines.HearingNotice.Compute(Official, new DateOnly(2026, 3, 16)).Due);
        Assert.Equal(new DateOnly(2026, 2, 9), StatutoryDeadlines.HearingNotice.Compute(Official, new DateOnly(2026, 2, 26)).Due);
        Assert.Equal("APL-64-HEARING-NOTICE", StatutoryDeadlines.HearingNotice.Id);
    }

    [Fact]
    public void ServeAnAbsentPartyWithinSevenWorkingDaysCountingTheWorkingSundays() =>
        Assert.Equal(new DateOnly(2025, 10, 13), StatutoryDeadlines.ServiceToAbsentParty.Compute(Official, new DateOnly(2025, 9, 26)).Due);

    [Fact]
    public void DecideOnPreservedEvidenceWithinSevenWorkingDaysAfterLabourDay() =>
        Assert.Equal(new DateOnly(2025, 5, 14), StatutoryDeadlines.PreservedEvidence.Compute(Official, new DateOnly(2025, 4, 30)).Due);

    [Fact]
    public void WithdrawAPublishedPenaltyWithinThreeWorkingDaysAfterQingming() =>
        Assert.Equal(new DateOnly(2026, 4, 9), StatutoryDeadlines.WithdrawPublishedPenalty.Compute(Official, new DateOnly(2026, 4, 3)).Due);

    [Fact]
    public void PublishADecisionWithinTwentyWorkingDays() =>
        Assert.Equal(new DateOnly(2026, 2, 2), StatutoryDeadlines.PublishDecision.Compute(Official, new DateOnly(2026, 1, 5)).Due);

    [Fact]
    public void PublishALicensingOrPenaltyDecisionWithinSevenWorkingDays() =>
        Assert.Equal(new DateOnly(2026, 5, 18), StatutoryDeadlines.PublishLicensingOrPenaltyDecision.Compute(Official, new DateOnly(2026, 5, 8)).Due);

    [Theory]
    [InlineData("DISCLOSE-UPDATE")]
    [InlineData("DISCLOSE-WITHDRAW")]
    [InlineData("DISCLOSE-CORRECT")]
    public void UpdateWithdrawOrCorrectDisclosedInformationWithinTwentyWorkingDays(string ruleId)
    {
        var rule = new[]
        {
            StatutoryDeadlines.UpdateDisclosedInformation,
            StatutoryDeadlines.WithdrawDisclosedDecision,
            StatutoryDeadlines.CorrectDisclosedInformation,
        }.Single(rule => rule.Id == ruleId);
        Assert.Equal(new DateOnly(2026, 10, 22), rule.Compute(Official, new DateOnly(2026, 9, 18)).Due);
    }

    [Fact]
    public void PublishLastYearsStatisticsByTheEndOfJanuary()
    {
        var deadline = StatutoryDeadlines.AnnualStatistics.Compute(Official, new DateOnly(2026, 6, 1));
        Assert.Equal(new DateOnly(2027, 1, 31), deadline.Due);
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public void RefuseAWorkingDayDeadlineThatNeedsAYearWithoutANotice() =>
        Assert.Equal(2027, Assert.Throws<CalendarYearMissingException>(
            () => StatutoryDeadlines.PublishLicensingOrPenaltyDecision.Compute(Official, new DateOnly(2026, 12, 24))).Year);

    [Fact]
    public void MarkADeadlineComputedOnAProvisionalYear()
    {
        var deadline = StatutoryDeadlines.PublishLicensingOrPenaltyDecision.Compute(Official.WithProvisionalYears(2027), new DateOnly(2026, 12, 24));
        Assert.Equal(new DateOnly(2027, 1, 5), deadline.Due);
        Assert.True(deadline.Provisional);
        Assert.Equal([2027], deadline.ProvisionalYears);
    }

    [Theory]
    [InlineData("2026-04-08", DeadlineStatus.Open)]
    [InlineData("2026-04-09", DeadlineStatus.DueToday)]
    [InlineData("2026-04-10", DeadlineStatus.Overdue)]
    public void TellWhetherADeadlineIsOpenDueOrOverdue(string today, DeadlineStatus status)
    {
        var deadline = StatutoryDeadlines.WithdrawPublishedPenalty.Compute(Official, new DateOnly(2026, 4, 3));
        Assert.Equal(status, deadline.StatusOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void GiveEveryRuleAStableDistinctIdAndAnArticle()
    {
        IDeadlineRule[] rules =
        [
            StatutoryDeadlines.Decision, StatutoryDeadlines.HearingRequest, StatutoryDeadlines.HearingNotice,
            StatutoryDeadlines.ServiceToAbsentParty, StatutoryDeadlines.PreservedEvidence, StatutoryDeadlines.WithdrawPublishedPenalty,
            StatutoryDeadlines.PublishDecision, StatutoryDeadlines.PublishLicensingOrPenaltyDecision, StatutoryDeadlines.UpdateDisclosedInformation,
            StatutoryDeadlines.WithdrawDisclosedDecision, StatutoryDeadlines.CorrectDisclosedInformation, StatutoryDeadlines.AnnualStatistics,
        ];
        Assert.Equal(rules.Length, rules.Select(rule => rule.Id).Distinct().Count());
        Assert.All(rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Citation)));
    }
}
