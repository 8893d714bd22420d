using SanXiang.Domain.Cases.Law;
using SanXiang.Plugins;
using static SanXiang.Domain.Tests.Cases.Law.LoosenedProcedure;

namespace SanXiang.Domain.Tests.Cases.Law;

/// <summary>行政处罚法 as the floor under every sector's penalty procedure: each loosening is named with the article it breaks.</summary>
public sealed class LawFloorShould
{
    [Fact]
    public void FindNothingWrongWithTheMarketRegulationPenaltyProcedure() =>
        Assert.Empty(Violations(Penalty));

    [Fact]
    public void AcceptAProcedureThatIsStricterThanTheLaw()
    {
        var stricter = WithStep("investigation", s => s with { MinimumOfficers = 3 });
        stricter = stricter with { Steps = [.. stricter.Steps.Select(s => s.Id == "decision" ? s with { Deadlines = [s.Deadlines[0] with { Days = 60 }] } : s)] };
        stricter = stricter with { Simplified = stricter.Simplified! with { MaxFineCitizen = 100, MaxFineOrganisation = 1000 } };

        Assert.Empty(Violations(stricter));
    }

    [Fact]
    public void RefuseOneOfficerForTheInvestigationCitingArticleFortyTwo() =>
        AssertBreaks("第四十二条", WithStep("investigation", s => s with { MinimumOfficers = 1 }));

    [Fact]
    public void RefuseOneOfficerForEvidencePreservation() =>
        AssertBreaks("第四十二条", WithStep("evidence-preservation", s => s with { MinimumOfficers = 1 }));

    [Theory]
    [InlineData(201, 3000)]
    [InlineData(200, 5000)]
    public void RefuseOnTheSpotPenaltiesAboveTheLimitsOfArticleFiftyOne(int citizen, int organisation) =>
        AssertBreaks("第五十一条", Penalty with { Simplified = Penalty.Simplified! with { MaxFineCitizen = citizen, MaxFineOrganisation = organisation } });

    [Fact]
    public void RefuseMoreThanNinetyDaysToDecideCitingArticleSixty() =>
        AssertBreaks("第六十条", WithDeadline("decision", 0, d => d with { Days = 120 }));

    [Fact]
    public void RefuseAProcedureThatLeavesTheNinetyDaysOut() =>
        AssertBreaks("第六十条", WithStep("decision", s => s with { Deadlines = [] }));

    [Fact]
    public void RefuseMoreThanSevenWorkingDaysToServeCitingArticleSixtyOne() =>
        AssertBreaks("第六十一条", WithDeadline("service", 0, d => d with { Days = 10 }));

    [Fact]
    public void AcceptSevenNaturalDaysToServeAsStricterThanSevenWorkingDays() =>
        Assert.Empty(Violations(WithDeadline("service", 0, d => d with { Count = DayCount.CalendarDays })));

    [Fact]
    public void RefuseToShortenThePartysFiveDaysToAskForAHearing() =>
        AssertBreaks("第六十四条", WithDeadline("hearing", 0, d => d with { Days = 3 }));

    [Fact]
    public void RefuseToCountThePartysFiveDaysInNaturalDaysCitingArticleEightyFivesWorkingDays() =>
        AssertBreaks("第六十四条", WithDeadline("hearing", 0, d => d with { Count = DayCount.CalendarDays }));

    [Fact]
    public void RefuseAHearingNoticeShorterThanSevenDays() =>
        AssertBreaks("第六十四条", WithDeadline("hearing", 1, d => d with { Days = 5 }));

    [Fact]
    public void RefuseMoreThanSevenDaysForPreservedEvidenceCitingArticleFiftySix() =>
        AssertBreaks("第五十六条", WithDeadline("evidence-preservation", 0, d => d with { Days = 10 }));

    [Fact]
    public void RefuseAPenaltyProcedureWithoutTellingThePartyBeforeTheDecision() =>
        AssertBreaks("第六十二条", Without("notification"));

    [Fact]
    public void RefuseANotificationStepThatMayBeSkipped() =>
        AssertBreaks("第六十二条", WithStep("notification", s => s with { Optional = true }));

    [Fact]
    public void RefuseAPenaltyProcedureWithoutLegalReview() =>
        AssertBreaks("第五十八条", Without("legal-review"));

    [Fact]
    public void RefuseALegalReviewAfterTheDecision()
    {
        var steps = Penalty.Steps.ToList();
        var review = steps.Single(s => s.Id == "legal-review");
        steps.Remove(review);
        steps.Insert(steps.FindIndex(s => s.Id == "service"), review);

        AssertBreaks("第五十八条", Penalty with { Steps = steps });
    }

    [Fact]
    public void LeaveProceduresOtherThanPenaltiesToTheirOwnLaws()
    {
        var licensing = Penalty with { Category = EnforcementCategory.Licensing, Simplified = null, Steps = [.. Penalty.Steps.Where(s => s.Kind != CaseStepKind.Notification)] };

        Assert.DoesNotContain(Violations(licensing), v => v.Article.Contains("第六十二条", StringComparison.Ordinal));
    }

    private static List<FloorViolation> Violations(Procedure procedure) =>
        [.. PenaltyLaw.Floors.SelectMany(floor => floor.Check(procedure))];

    private static void AssertBreaks(string article, Procedure procedure)
    {
        var violations = Violations(procedure);

        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Contains(PenaltyLaw.Title, v.Article, StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Article.Contains(article, StringComparison.Ordinal));
    }
}
