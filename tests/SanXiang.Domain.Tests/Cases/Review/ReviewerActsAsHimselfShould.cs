using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

/// <summary>A review opinion is the signed-in reviewer's own: the officer his account is linked to, never someone he names.</summary>
public sealed class ReviewerActsAsHimselfShould
{
    private static readonly DateTimeOffset Submitted = new(2026, 4, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static CaseHistory Submittable() =>
        CaseHistory.Penalty(Submitted.AddDays(-20)).CompleteThrough("notification").Skip("hearing").Propose(200_000m).Submit(at: Submitted);

    [Fact]
    public void RecordTheOpinionInTheNameOfTheOfficerTheAccountIsLinkedTo()
    {
        var history = Submittable();

        var opinion = history.AttemptReviewAs(CaseHistory.SignedInAs("R1"), null, ReviewOutcome.Agreed);

        Assert.Equal("赵敏", opinion.Reviewer.Name);
        Assert.Equal("reviewer", opinion.Actor);
    }

    [Fact]
    public void AcceptTheReviewerNamedWhenItIsTheSignedInOfficer()
    {
        var history = Submittable();

        Assert.Equal("R1", history.AttemptReviewAs(CaseHistory.SignedInAs("R1"), "R1", ReviewOutcome.Agreed).Reviewer.Id);
    }

    [Fact]
    public void RefuseAnOpinionWrittenInAnotherReviewersNameAndAppendNothing()
    {
        var history = Submittable();

        // 钱强 is signed in and names 赵敏, the agency's reviewer, as the one giving the opinion.
        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(CaseHistory.SignedInAs("R2"), "R1", ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.ReviewerNotSelf, refused.Code);
        Assert.Contains("钱强", refused.Message, StringComparison.Ordinal);
        Assert.Equal("reviewerId", Assert.Single(refused.Problems).Field);
        Assert.Empty(history.State.Reviews);
        Assert.Equal(ReviewStatus.Pending, history.State.Submission!.Status);
    }

    [Fact]
    public void RefuseAnOpinionFromAnAccountLinkedToNoOfficer()
    {
        var history = Submittable();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(ActingOfficer.Unlinked, "R1", ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.AccountNotLinked, refused.Code);
        Assert.Contains("尚未关联", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAnOpinionFromAnAccountWhoseOfficerLeftTheRoster()
    {
        var history = Submittable();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReviewAs(new ActingOfficer("R9", null), null, ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.OfficerNotFound, refused.Code);
    }

    [Fact]
    public void StillRefuseTheSignedInOfficerWhoIsNotAReviewerOrHandledTheCase()
    {
        var history = Submittable();

        Assert.Equal(ErrorCodes.ReviewerNotAllowed, Assert.Throws<SanXiangException>(() => history.AttemptReview("R2", ReviewOutcome.Agreed)).Code);
        Assert.Equal(ErrorCodes.ReviewerNotAllowed, Assert.Throws<SanXiangException>(() => history.AttemptReview("A1", ReviewOutcome.Agreed)).Code);
    }

    [Fact]
    public void RefuseAnOpinionFromADeactivatedReviewerAndAppendNothing()
    {
        var history = Submittable();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReview("R3", ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.OfficerInactive, refused.Code);
        Assert.Contains("孙丽", refused.Message, StringComparison.Ordinal);
        Assert.Contains("已停用", refused.Message, StringComparison.Ordinal);
        Assert.Equal("reviewerId", Assert.Single(refused.Problems).Field);
        Assert.Empty(history.State.Reviews);
        Assert.Equal(ReviewStatus.Pending, history.State.Submission!.Status);
    }

    [Fact]
    public void RefuseASupplementRequestFromADeactivatedReviewerSoHeIsNotRecordedAsTheCasesReviewer()
    {
        var history = Submittable();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSupplement(Submitted.AddHours(1), new DateOnly(2026, 5, 8), "R3"));

        Assert.Equal(ErrorCodes.OfficerInactive, refused.Code);
        Assert.Null(history.State.Submission!.Reviewer);
    }

    [Fact]
    public void AnswerTheConsoleWhichSignedInOfficersMayReviewAsTheOpinionWouldBeJudged()
    {
        Assert.Null(ReviewerRule.Refusal(CaseHistory.Reviewers["R1"]));
        Assert.Equal(ErrorCodes.OfficerInactive, ReviewerRule.Refusal(CaseHistory.Reviewers["R3"])!.Code);
        Assert.Equal(ErrorCodes.ReviewerNotAllowed, ReviewerRule.Refusal(CaseHistory.Reviewers["R2"])!.Code);
    }

    [Fact]
    public void RefuseASupplementRequestInAnotherReviewersName()
    {
        var history = Submittable();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSupplement(Submitted.AddHours(1), new DateOnly(2026, 5, 8), "R2", namedReviewerId: "R1"));

        Assert.Equal(ErrorCodes.ReviewerNotSelf, refused.Code);
        Assert.Equal(ReviewStatus.Pending, history.State.Submission!.Status);
    }
}
