using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

/// <summary>Submission, supplements, return and resubmission of a legal review, on the official 2026 calendar.</summary>
public sealed class ReviewSubmissionShould
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly DateTimeOffset Filed = new(2026, 4, 1, 9, 0, 0, China);

    // Tuesday 28 April 2026, the week before the 劳动节 holiday (1–5 May off, Saturday 9 May a working day).
    private static readonly DateTimeOffset Submitted = new(2026, 4, 28, 10, 0, 0, China);

    private static CaseHistory Proposed() => CaseHistory.Penalty(Filed).CompleteThrough("notification").Skip("hearing").Propose(200_000m);

    [Fact]
    public void GiveTheReviewFiveWorkingDaysAcrossTheMayDayHoliday()
    {
        var submitted = Proposed().AttemptSubmit(at: Submitted);

        Assert.False(submitted.Resumed);
        Assert.Equal(ReviewTimeLimit.DefaultWorkingDays, submitted.DaysLeft);
        Assert.Equal(new DateOnly(2026, 5, 8), submitted.Due);
    }

    [Fact]
    public void NotCountTheDaysTheHandlerTookToSupplyMaterialsAcrossAHoliday()
    {
        // One working day used (29 April); the handler supplies on 7 May; four left: 8, 9 (调休 Saturday), 11 and 12 May.
        var history = Proposed().Submit(at: Submitted).RequestSupplement(new(2026, 4, 29, 15, 0, 0, China), new DateOnly(2026, 5, 8));

        Assert.Equal(ReviewStatus.Suspended, history.State.Submission!.Status);
        Assert.False(history.State.Submission.IsOverdueOn(new DateOnly(2026, 5, 30)));

        var resumed = history.AttemptSubmit(CaseHistory.Materials("已补充当事人营业执照复印件"), new(2026, 5, 7, 9, 0, 0, China));

        Assert.True(resumed.Resumed);
        Assert.Equal(4, resumed.DaysLeft);
        Assert.Equal(new DateOnly(2026, 5, 12), resumed.Due);
    }

    [Fact]
    public void RefuseIncompleteMaterialsNamingEachOneAndAppendNothing()
    {
        var history = Proposed();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSubmit(new ReviewMaterials(" ", "", [" "], null), Submitted));

        Assert.Equal(ErrorCodes.ReviewMaterialsIncomplete, refused.Code);
        Assert.Equal(["situationNote", "draftDecision", "evidence"], refused.Problems.Select(p => p.Field));
        Assert.Contains("情况说明", refused.Message, StringComparison.Ordinal);
        Assert.Null(history.State.Submission);
    }

    [Fact]
    public void AskForTheHearingRecordWhenAHearingWasHeld()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Complete("hearing").Propose(200_000m);

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSubmit(CaseHistory.Materials(), Submitted));

        Assert.Equal(ErrorCodes.ReviewMaterialsIncomplete, refused.Code);
        Assert.Equal("hearingRecord", Assert.Single(refused.Problems).Field);
        Assert.NotNull(history.AttemptSubmit(CaseHistory.Materials(hearingRecord: "听证笔录（2026年4月20日）"), Submitted).Due);
    }

    [Fact]
    public void RefuseASubmissionBeforeAnyProposal()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification");

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSubmit(at: Submitted));

        Assert.Equal(ErrorCodes.ReviewMaterialsIncomplete, refused.Code);
        Assert.Equal("proposal", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void RefuseAnOpinionOnAProposalNobodySubmitted()
    {
        var history = Proposed();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReview("R1", ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.Conflict, refused.Code);
        Assert.Contains("尚未提交法制审核", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAnOpinionWhileTheReviewWaitsForSupplements()
    {
        var history = Proposed().Submit(at: Submitted).RequestSupplement(Submitted.AddHours(2), new DateOnly(2026, 5, 8));

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReview("R1", ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.Conflict, refused.Code);
        Assert.Contains("补充", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseASupplementRequestFromTheCasesOwnOfficerOrWithoutItems()
    {
        var history = Proposed().Submit(at: Submitted);

        Assert.Equal(ErrorCodes.ReviewerNotAllowed, Assert.Throws<SanXiangException>(() => history.AttemptSupplement(Submitted.AddHours(1), new DateOnly(2026, 5, 8), "A1")).Code);
        var late = Assert.Throws<SanXiangException>(() => history.AttemptSupplement(Submitted.AddHours(1), new DateOnly(2026, 4, 27)));
        Assert.Equal("dueDate", Assert.Single(late.Problems).Field);
        Assert.Equal(ReviewStatus.Pending, history.State.Submission!.Status);
    }

    [Fact]
    public void ReturnTheCaseToTheHandlerOnProblemsAndRefuseAResubmissionWithoutChanges()
    {
        var history = Proposed().Submit(CaseHistory.Materials(), Submitted).Review(ReviewOutcome.HasProblems);

        Assert.Equal(ReviewStatus.Returned, history.State.Submission!.Status);
        Assert.False(history.State.Submission.IsOpen);
        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSubmit(CaseHistory.Materials(), Submitted.AddDays(1)));
        Assert.Equal(ErrorCodes.ReviewResubmissionUnchanged, refused.Code);
        Assert.Contains("裁量明显过重", refused.Message, StringComparison.Ordinal);

        var resubmitted = history.AttemptSubmit(CaseHistory.Materials("已补充裁量说明：首次违法，货值较小"), Submitted.AddDays(1));

        Assert.False(resubmitted.Resumed);
        Assert.Equal(ReviewTimeLimit.DefaultWorkingDays, resubmitted.DaysLeft);
    }

    [Fact]
    public void AcceptTheSameMaterialsAfterProblemsWhenTheProposalChanged()
    {
        var history = Proposed().Submit(CaseHistory.Materials(), Submitted).Review(ReviewOutcome.HasProblems).Propose(100_000m);

        var resubmitted = history.AttemptSubmit(CaseHistory.Materials(), Submitted.AddDays(1));

        Assert.Equal(history.State.ProposalHash, resubmitted.ProposalHash);
    }

    [Fact]
    public void RefuseASecondSubmissionWhileTheFirstIsWithTheReviewer()
    {
        var history = Proposed().Submit(at: Submitted);

        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<SanXiangException>(() => history.AttemptSubmit(CaseHistory.Materials("补充说明"), Submitted.AddHours(1))).Code);
    }

    [Fact]
    public void KeepTheReviewerWhoAskedForSupplementsOnTheResubmission()
    {
        var history = Proposed().Submit(at: Submitted).RequestSupplement(Submitted.AddHours(1), new DateOnly(2026, 5, 8)).Submit(CaseHistory.Materials("已补充"), Submitted.AddDays(1));

        Assert.Equal(ReviewStatus.Pending, history.State.Submission!.Status);
        Assert.Equal("赵敏", history.State.Submission.Reviewer!.Name);
        Assert.IsType<ReviewOpinionRecorded>(history.AttemptReview("R1", ReviewOutcome.Agreed));
    }
}
