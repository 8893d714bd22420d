using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

namespace SanXiang.Domain.Tests.Disclosures;

public sealed class DisclosureShould
{
    private const string Agency = "新田县市场监督管理局";

    [Fact]
    public void DraftTheDecisionsAgencyFactsWhenItIsMade()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));

        var draft = state.Disclosure!.Draft;
        Assert.Equal(DisclosureStatus.Draft, state.Disclosure.Status);
        Assert.Equal("新市监罚〔2026〕12号", draft.DocumentNumber);
        Assert.Equal("罚款（罚款5,000元）", draft.Conclusion);
        Assert.Equal("《中华人民共和国食品安全法》第一百二十四条", draft.Basis);
        Assert.Equal(new DateOnly(2026, 9, 29), draft.DecidedOn);
    }

    [Fact]
    public void NotPublishADecisionAgainstAMinor()
    {
        var minor = new CaseParty("王小明", PartyKind.Citizen, "431128201003150011");
        var state = DecidedCase.Decide(DecidedCase.State(minor, DecidedCase.Fine(200m)), new DateOnly(2026, 9, 29));

        Assert.Equal(DisclosureStatus.Withheld, state.Disclosure!.Status);
        Assert.Equal(DisclosureBar.Minor, state.Disclosure.Bar);
        var refused = Assert.Throws<SanXiangException>(() => DecidedCase.Publish(state, new DateOnly(2026, 9, 30)));
        Assert.Equal(ErrorCodes.DisclosureNotPublishable, refused.Code);
    }

    [Fact]
    public void PublishAPartyWhoTurnedEighteenBeforeTheDecision()
    {
        var adult = new CaseParty("王小明", PartyKind.Citizen, "431128200809280011");

        Assert.Null(DecidedCase.Decide(DecidedCase.State(adult, DecidedCase.Fine(200m)), new DateOnly(2026, 9, 29)).Disclosure!.Bar);
    }

    [Fact]
    public void NotPublishAWarningAloneInMarketRegulation()
    {
        ISectorPlugin market = new MarketRegulationPlugin();
        var warning = DecidedCase.Fine(0m, "当事人未按规定公示", PenaltyKind.Warning);

        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, warning), new DateOnly(2026, 9, 29), market.PublishesWarningOnlyPenalties);

        Assert.False(market.PublishesWarningOnlyPenalties);
        Assert.Equal(DisclosureBar.WarningOnly, state.Disclosure!.Bar);
        Assert.Equal(DisclosureStatus.Withheld, state.Disclosure.Status);
    }

    [Fact]
    public void PublishAWarningAloneWhereTheSectorSaysNothing()
    {
        var warning = DecidedCase.Fine(0m, "当事人未按规定公示", PenaltyKind.Warning);

        Assert.Null(DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, warning), new DateOnly(2026, 9, 29)).Disclosure!.Bar);
    }

    [Fact]
    public void WithholdADecisionTouchingAStateSecretWithItsReason()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));

        state.Apply(DisclosureEngine.Withhold(state, "C1", new WithholdDisclosureCommand(DisclosureBar.StateSecret, "涉及军工企业生产信息", "officer", DecidedCase.At(new DateOnly(2026, 9, 30)))));

        Assert.Equal(DisclosureStatus.Withheld, state.Disclosure!.Status);
        Assert.Equal("涉及军工企业生产信息", state.Disclosure.BarReason);
        Assert.Equal(ErrorCodes.DisclosureNotPublishable, Assert.Throws<SanXiangException>(() => DecidedCase.Publish(state, new DateOnly(2026, 9, 30))).Code);
    }

    [Fact]
    public void RefuseToPublishATextOtherThanTheOneShown()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Citizen, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));
        var shown = DisclosureEngine.Preview(state, "C1", Agency, DisclosureText.None, DisclosureSettings.Default);
        var edited = new DisclosureText(null, null, "张三销售过期食品，证人李四", []);

        var refused = Assert.Throws<SanXiangException>(() => DisclosureEngine.Publish(state, "C1", Agency, new PublishDisclosureCommand(edited, shown.Hash, null, "officer", DecidedCase.At(new DateOnly(2026, 9, 30))), DisclosureSettings.Default));

        Assert.Equal(ErrorCodes.DisclosurePreviewChanged, refused.Code);
    }

    [Fact]
    public void PublishExactlyTheMaskedRecordShown()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Citizen, DecidedCase.Fine(5000m, "张三销售过期食品，证人李四证实")), new DateOnly(2026, 9, 29));
        var text = new DisclosureText(null, null, null, ["李四"]);

        var published = DecidedCase.Publish(state, new DateOnly(2026, 9, 30), text);

        Assert.Equal("张某销售过期食品，证人某某证实", published.Record.Facts);
        Assert.Equal(published.Record.Hash, published.RecordHash);
        Assert.False(published.Late);
        Assert.Equal(DisclosureStatus.Published, state.Disclosure!.Status);
    }

    [Fact]
    public void MarkAPublicationAfterItsDueDayLate()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));

        Assert.True(DecidedCase.Publish(state, new DateOnly(2026, 10, 15)).Late);
    }

    [Fact]
    public void RefuseToPublishTwice()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));
        DecidedCase.Publish(state, new DateOnly(2026, 9, 30));

        Assert.Equal(ErrorCodes.DisclosureAlreadyPublished, Assert.Throws<SanXiangException>(() => DecidedCase.Publish(state, new DateOnly(2026, 10, 1))).Code);
    }

    [Fact]
    public void ShowASmallFineForThreeMonths()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Citizen, DecidedCase.Fine(200m)), new DateOnly(2026, 9, 29));

        Assert.Equal(new DateOnly(2026, 12, 30), DecidedCase.Publish(state, new DateOnly(2026, 9, 30)).DisplayUntil);
    }

    [Fact]
    public void ShowAReprimandForThreeMonths()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(0m, "未按规定报送", PenaltyKind.Reprimand)), new DateOnly(2026, 9, 29));

        Assert.Equal(new DateOnly(2026, 12, 30), DecidedCase.Publish(state, new DateOnly(2026, 9, 30)).DisplayUntil);
    }

    [Fact]
    public void ShowOtherPenaltiesForThreeYears()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));

        Assert.Equal(new DateOnly(2029, 9, 30), DecidedCase.Publish(state, new DateOnly(2026, 9, 30)).DisplayUntil);
    }

    [Fact]
    public void ShowABanLongerThanThreeYearsForItsLength()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Citizen, DecidedCase.Fine(50_000m, "销售假药", PenaltyKind.BarFromPractice)), new DateOnly(2026, 9, 29));

        Assert.Equal(new DateOnly(2031, 9, 28), DecidedCase.Publish(state, new DateOnly(2026, 9, 30), restrictionEnds: new DateOnly(2031, 9, 28)).DisplayUntil);
    }

    [Fact]
    public void ListADecisionOnlyInsideItsDisplayPeriod()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Citizen, DecidedCase.Fine(200m)), new DateOnly(2026, 9, 29));
        DecidedCase.Publish(state, new DateOnly(2026, 9, 30));
        var entry = DisclosureEntry.Of("t", "C1", state)!;

        Assert.True(entry.IsPublicOn(new DateOnly(2026, 12, 30)));
        Assert.False(entry.IsPublicOn(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void RefuseAWithdrawalWithoutAReason()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));
        DecidedCase.Publish(state, new DateOnly(2026, 9, 30));

        var refused = Assert.Throws<SanXiangException>(() => DisclosureEngine.Withdraw(state, "C1", new WithdrawDisclosureCommand(" ", new DateOnly(2026, 10, 8), "officer", DecidedCase.At(new DateOnly(2026, 10, 8))), WorkingDayCalendar.Official));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal("reason", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void KeepTheRecordAndPointAtTheTombstoneOnceWithdrawn()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));
        var published = DecidedCase.Publish(state, new DateOnly(2026, 9, 30));
        var publishedAt = state.EventsApplied;

        state.Apply(DisclosureEngine.Withdraw(state, "C1", new WithdrawDisclosureCommand("行政复议决定撤销", new DateOnly(2026, 10, 8), "officer", DecidedCase.At(new DateOnly(2026, 10, 8))), WorkingDayCalendar.Official));

        Assert.Equal(DisclosureStatus.Withdrawn, state.Disclosure!.Status);
        Assert.Equal(published.Record, state.Disclosure.Record);
        Assert.Equal(publishedAt + 1, state.Disclosure.RecordSequence);
        Assert.Equal("行政复议决定撤销", state.Disclosure.WithdrawReason);
    }

    [Fact]
    public void RefuseToWithdrawADecisionNotPublished()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));

        Assert.Equal(ErrorCodes.DisclosureNotPublished, Assert.Throws<SanXiangException>(() => DisclosureEngine.Withdraw(state, "C1", new WithdrawDisclosureCommand("撤销", new DateOnly(2026, 10, 8), "officer", DecidedCase.At(new DateOnly(2026, 10, 8))), WorkingDayCalendar.Official)).Code);
    }

    [Fact]
    public void RefuseACorrectionThatChangesNothing()
    {
        var state = DecidedCase.Decide(DecidedCase.State(DecidedCase.Company, DecidedCase.Fine(5000m)), new DateOnly(2026, 9, 29));
        var published = DecidedCase.Publish(state, new DateOnly(2026, 9, 30));

        var refused = Assert.Throws<SanXiangException>(() => DisclosureEngine.Correct(state, "C1", Agency, new CorrectDisclosureCommand(DisclosureText.None, published.RecordHash, "更正", new DateOnly(2026, 10, 8), "officer", DecidedCase.At(new DateOnly(2026, 10, 8))), WorkingDayCalendar.Official, DisclosureSettings.Default));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
    }
}
