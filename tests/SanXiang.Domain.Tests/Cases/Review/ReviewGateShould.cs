using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

/// <summary>行政处罚法 第五十八条 in the engine: a major decision waits for a passed review of the proposal it decides.</summary>
public sealed class ReviewGateShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    // Through 集体讨论, the hearing skipped: the case's next step is the decision.
    private static CaseHistory ReadyToDecide(decimal fine) =>
        CaseHistory.Penalty(Filed).CompleteThrough("hearing").Propose(fine).Complete("legal-review").Skip("collective-discussion");

    [Fact]
    public void RefuseTheDecisionOnAMajorFineWithoutAReview()
    {
        var history = ReadyToDecide(200_000m);

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("decision"));

        Assert.Equal(ErrorCodes.ReviewRequired, refused.Code);
        Assert.Contains("200,000", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseTheDecisionAfterTheReviewFoundProblems()
    {
        var history = ReadyToDecide(200_000m).Review(ReviewOutcome.HasProblems);

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("decision"));

        Assert.Equal(ErrorCodes.ReviewRequired, refused.Code);
        Assert.Contains("存在问题", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowTheDecisionAfterTheReviewAgreedToTheSameProposal()
    {
        var history = ReadyToDecide(200_000m).Review(ReviewOutcome.HasProblems).Propose(150_000m).Review(ReviewOutcome.Agreed).Issue("penalty-decision", "decision");

        Assert.Equal("decision", Assert.IsType<StepCompleted>(history.Attempt("decision")).StepId);
    }

    [Fact]
    public void RefuseTheDecisionAgainOnceTheProposalChangesAfterAPassedReview()
    {
        var history = ReadyToDecide(200_000m).Review(ReviewOutcome.Agreed).Propose(250_000m);

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("decision"));

        Assert.Equal(ErrorCodes.ReviewRequired, refused.Code);
        Assert.Contains("已变更", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAnOpinionOnAProposalThatHasSinceChanged()
    {
        var history = ReadyToDecide(200_000m);
        var first = history.State.ProposalHash;
        history.Propose(180_000m);

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReview("R1", ReviewOutcome.Agreed, first));

        Assert.Equal(ErrorCodes.Conflict, refused.Code);
    }

    [Fact]
    public void RefuseTheDecisionDocumentOfAMajorCaseWithoutAPassedReview()
    {
        var history = ReadyToDecide(200_000m);

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckIssue(history.State, new("decision", "penalty-decision", new Dictionary<string, string>(), "officer", Filed.AddDays(30))));

        Assert.Equal(ErrorCodes.ReviewRequired, refused.Code);
    }

    [Fact]
    public void NotLetTheLegalReviewOfAMajorCaseBeSkipped()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("hearing").Propose(200_000m);

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSkip("legal-review", "无需审核"));

        Assert.Equal(ErrorCodes.StepNotSkippable, refused.Code);
        Assert.Contains("重大执法决定", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAReviewerWhoHandlesTheCase()
    {
        var history = ReadyToDecide(200_000m).Submit();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReview("A1", ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.ReviewerNotAllowed, refused.Code);
        Assert.Equal("reviewerId", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void RefuseAReviewerTheRosterDoesNotMarkAsALegalReviewer()
    {
        var history = ReadyToDecide(200_000m).Submit();

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptReview("R2", ReviewOutcome.Agreed));

        Assert.Equal(ErrorCodes.ReviewerNotAllowed, refused.Code);
        Assert.Contains("不是法制审核人员", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.OfficerNotFound, Assert.Throws<SanXiangException>(() => history.AttemptReview("X9", ReviewOutcome.Agreed)).Code);
    }

    [Fact]
    public void LeaveADecisionThatIsNotMajorAlone()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Skip("hearing").Propose(3_000m).Skip("legal-review").Skip("collective-discussion").Issue("penalty-decision", "decision");

        Assert.False(history.Procedure.Evaluate(history.State).Major);
        Assert.Equal("decision", Assert.IsType<StepCompleted>(history.Attempt("decision")).StepId);
    }
}
