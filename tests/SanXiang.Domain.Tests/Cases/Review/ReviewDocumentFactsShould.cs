using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Tests.Cases.Engine;

namespace SanXiang.Domain.Tests.Cases.Review;

/// <summary>The 法制审核意见书 is filled from the opinion on the current proposal, never from anything else.</summary>
public sealed class ReviewDocumentFactsShould
{
    private static readonly DateTimeOffset Submitted = new(2026, 4, 28, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void FillTheReviewerTheOutcomeAndEachPointFromTheOpinion()
    {
        var history = CaseHistory.Penalty(Submitted.AddDays(-20)).CompleteThrough("notification").Skip("hearing").Propose(200_000m).Submit(at: Submitted).Review(ReviewOutcome.HasProblems);

        var facts = ReviewDocumentFacts.For(history.State.CurrentReview, history.State.Submission, history.State.Proposal);

        Assert.Equal("赵敏（R1）", facts["reviewer"]);
        Assert.Equal("存在问题", facts["review_result"]);
        Assert.Equal("裁量明显过重", facts["review_opinion"]);
        Assert.Equal("2026年4月28日", facts["submitted_date"]);
        Assert.Equal("依据《中华人民共和国食品安全法》第一百二十四条，拟给予罚款（罚款200,000元）。", facts["proposed_decision"]);
        Assert.Equal("存在问题。罚款数额明显高于本局裁量基准", facts["check_4"]);
        Assert.StartsWith("符合。", facts["check_7"], StringComparison.Ordinal);
    }

    [Fact]
    public void FillNothingWithoutAnOpinionOnTheCurrentProposal()
    {
        var history = CaseHistory.Penalty(Submitted.AddDays(-20)).CompleteThrough("notification").Skip("hearing").Propose(200_000m).Submit(at: Submitted).Review(ReviewOutcome.Agreed).Propose(150_000m);

        Assert.Empty(ReviewDocumentFacts.For(history.State.CurrentReview, history.State.Submission, history.State.Proposal));
    }
}
