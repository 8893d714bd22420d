using SanXiang.Domain.Calendar;
using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Disclosures;

public sealed class DisclosureDeadlinesShould
{
    [Fact]
    public void GiveAPenaltySevenWorkingDaysAcrossThe2026NationalDay()
    {
        // 2026-09-29 (Tue): 09-30, then 国庆 10-01..07 off, 10-08, 10-09, 10-10 (a Saturday worked), 10-12, 10-13, 10-14.
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));

        Assert.Equal(new DateOnly(2026, 10, 14), state.Disclosure!.Draft.Due);
    }

    [Fact]
    public void GiveAPenaltySevenWorkingDaysAcrossThe2019NationalDay()
    {
        // 2019-09-27 (Fri): 09-29 (a Sunday worked), 09-30, then 10-08..10-11 and 10-12 (a Saturday worked).
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m), filedOn: new DateOnly(2019, 9, 2)), new DateOnly(2019, 9, 27));

        Assert.Equal(new DateOnly(2019, 10, 12), state.Disclosure!.Draft.Due);
    }

    [Fact]
    public void GiveOtherDecisionsTwentyWorkingDays()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, null, EnforcementCategory.Inspection), new DateOnly(2026, 9, 29));

        Assert.Equal(new DateOnly(2026, 11, 2), state.Disclosure!.Draft.Due);
        Assert.Equal("作出处罚决定", state.Disclosure.Draft.Conclusion);
    }

    [Fact]
    public void GiveLicensingDecisionsSevenWorkingDays()
    {
        Assert.Equal(7, ((SanXiang.Domain.Deadlines.WorkingDaysAfterRule)DisclosureRules.PublishRule(EnforcementCategory.Licensing)).Days);
    }

    [Fact]
    public void SayWhenTheCalendarLacksTheDecisionsYear()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29), calendar: WorkingDayCalendar.Empty);

        Assert.Null(state.Disclosure!.Draft.Due);
        Assert.Contains("2026", state.Disclosure.Draft.DueError, StringComparison.Ordinal);
    }

    [Fact]
    public void GiveAPublishedPenaltysWithdrawalThreeWorkingDays()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 10));
        DecidedCase.Publish(state, new DateOnly(2026, 9, 11));

        var withdrawn = DisclosureEngine.Withdraw(state, "C1", new WithdrawDisclosureCommand("复议机关撤销原处罚决定", new DateOnly(2026, 9, 30), "officer", DecidedCase.At(new DateOnly(2026, 10, 8))), WorkingDayCalendar.Official);

        // 行政处罚法 第四十八条、第八十五条: 09-30 (Wed), then 10-08, 10-09, 10-10.
        Assert.Equal(new DateOnly(2026, 10, 10), withdrawn.Due);
    }

    [Fact]
    public void GiveACorrectionTwentyWorkingDaysOnThe2019Calendar()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m), filedOn: new DateOnly(2019, 9, 2)), new DateOnly(2019, 9, 10));
        DecidedCase.Publish(state, new DateOnly(2019, 9, 11));
        var text = new DisclosureText(null, null, "当事人销售超过保质期的食品共计12件", []);
        var shown = DisclosureEngine.Preview(state, "C1", "新田县市场监督管理局", text, DisclosureSettings.Default);

        var corrected = DisclosureEngine.Correct(state, "C1", "新田县市场监督管理局", new CorrectDisclosureCommand(text, shown.Hash, "违法事实表述不准确", new DateOnly(2019, 9, 27), "officer", DecidedCase.At(new DateOnly(2019, 9, 27))), WorkingDayCalendar.Official, DisclosureSettings.Default);

        Assert.Equal(new DateOnly(2019, 10, 30), corrected.Due);
    }
}
