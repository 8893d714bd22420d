using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

/// <summary>行政处罚法 第五十七条 in the engine: after 存在问题 and the handler's disagreement, the leaders decide collectively.</summary>
public sealed class CollectiveDiscussionShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    // Through 集体讨论 as a step (the hearing skipped), a 200 000-yuan fine proposed: the next step is the decision.
    private static CaseHistory ReadyToDecide() =>
        CaseHistory.Penalty(Filed).CompleteThrough("hearing").Propose(200_000m).Complete("legal-review").Skip("collective-discussion");

    [Fact]
    public void LetTheDecisionBeMadeOnceTheLeadersDecidedToProceedOnTheProposalTheReviewFoundProblemsWith()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems).Discuss(DiscussionDecision.Proceed).Issue("penalty-decision", "decision");

        Assert.Equal("decision", Assert.IsType<StepCompleted>(history.Attempt("decision")).StepId);
        var discussion = Assert.Single(history.State.Discussions);
        Assert.Equal(history.State.ProposalHash, discussion.ProposalHash);
        Assert.Equal(["周正", "刘敏"], discussion.Attendees.Select(a => a.Name));
    }

    [Fact]
    public void HoldTheDecisionWhenTheLeadersSentTheProposalBackForRevision()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems).Discuss(DiscussionDecision.Revise);

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("decision"));

        Assert.Equal(ErrorCodes.ReviewRequired, refused.Code);
        Assert.Contains("集体讨论", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldTheDecisionAgainOnceTheProposalChangesAfterTheDiscussion()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems).Discuss(DiscussionDecision.Proceed).Propose(250_000m);

        Assert.Equal(ErrorCodes.ReviewRequired, Assert.Throws<SanXiangException>(() => history.Attempt("decision")).Code);
        Assert.Null(history.State.CurrentDiscussion);
    }

    [Fact]
    public void RefuseADiscussionBeforeTheReviewFoundProblems()
    {
        var unreviewed = ReadyToDecide();
        var agreed = ReadyToDecide().Review(ReviewOutcome.Agreed);

        var beforeOpinion = Assert.Throws<SanXiangException>(() => unreviewed.Procedure.RecordCollectiveDiscussion(unreviewed.State, unreviewed.Discussion(DiscussionDecision.Proceed)));
        var afterAgreement = Assert.Throws<SanXiangException>(() => agreed.Procedure.RecordCollectiveDiscussion(agreed.State, agreed.Discussion(DiscussionDecision.Proceed)));

        Assert.Equal(ErrorCodes.CollectiveDiscussionNotAllowed, beforeOpinion.Code);
        Assert.Equal(ErrorCodes.CollectiveDiscussionNotAllowed, afterAgreement.Code);
        Assert.Contains("同意", afterAgreement.Message, StringComparison.Ordinal);
        Assert.Contains("第五十七条", afterAgreement.Message, StringComparison.Ordinal);
        Assert.Empty(agreed.State.Discussions);
    }

    [Fact]
    public void RefuseADiscussionOnceTheHandlerResubmittedForReview()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems).Submit(CaseHistory.Materials("已补充裁量说明"));

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.RecordCollectiveDiscussion(history.State, history.Discussion(DiscussionDecision.Proceed)));

        Assert.Equal(ErrorCodes.CollectiveDiscussionNotAllowed, refused.Code);
    }

    [Fact]
    public void RefuseARecordMissingItsPartsNamingEachAndAppendNothing()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems);
        var command = history.Discussion(null, attendees: [new("周正", "", "")]) with { HandlerOpinion = " ", Conclusion = "" };

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.RecordCollectiveDiscussion(history.State, command));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal(["handlerOpinion", "attendees", "attendees[0].role", "attendees[0].opinion", "decision", "conclusion"], refused.Problems.Select(p => p.Field));
        Assert.Empty(history.State.Discussions);
    }

    [Fact]
    public void RefuseADiscussionDatedBeforeTheOpinionOrInTheFuture()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems);
        var opinionDay = CaseDates(history);

        var early = Assert.Throws<SanXiangException>(() => history.Procedure.RecordCollectiveDiscussion(history.State, history.Discussion(DiscussionDecision.Proceed, opinionDay.AddDays(-1))));
        var late = Assert.Throws<SanXiangException>(() => history.Procedure.RecordCollectiveDiscussion(history.State, history.Discussion(DiscussionDecision.Proceed, opinionDay.AddDays(30))));

        Assert.Equal("heldOn", Assert.Single(early.Problems).Field);
        Assert.Equal("heldOn", Assert.Single(late.Problems).Field);
    }

    [Fact]
    public void RefuseADiscussionOfAnEarlierProposal()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems);

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.RecordCollectiveDiscussion(history.State, history.Discussion(DiscussionDecision.Proceed) with { ProposalHash = "another" }));

        Assert.Equal(ErrorCodes.Conflict, refused.Code);
    }

    [Fact]
    public void KeepTheDiscussionInTheChainAsItWasHeld()
    {
        var history = ReadyToDecide().Review(ReviewOutcome.HasProblems);
        var recorded = history.Procedure.RecordCollectiveDiscussion(history.State, history.Discussion(DiscussionDecision.Proceed));

        var payload = CaseEventCodec.Instance.Encode(recorded);
        var replayed = (CollectiveDiscussionRecorded)CaseEventCodec.Instance.Decode(CaseEventCodec.Instance.KindOf(recorded), payload);

        Assert.Equal("review.collective-discussion", CaseEventCodec.Instance.KindOf(recorded));
        Assert.Contains("\"decision\":\"Proceed\"", payload, StringComparison.Ordinal);
        Assert.Equal(recorded.Attendees, replayed.Attendees);
        Assert.Equal(recorded.HeldOn, replayed.HeldOn);
    }

    private static DateOnly CaseDates(CaseHistory history) => SanXiang.Domain.Cases.Engine.CaseDates.ChinaDate(history.State.CurrentReview!.At);
}
