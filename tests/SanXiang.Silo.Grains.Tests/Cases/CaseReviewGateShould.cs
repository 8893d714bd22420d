using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public class CaseReviewGateShould(ClusterFixture fixture)
{
    private const string Zhao = ReviewSamples.Zhao;

    private static readonly DateTimeOffset At = CaseSamples.At(2026, 3, 3);

    [Fact]
    public async Task RefuseTwentyConcurrentDecisionsAfterTheProposalChangedAndAppendNothing()
    {
        var tenant = await NewAgencyWithReviewerAsync();
        var caseId = (await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(At, fine: 200_000m))).Id;
        var driver = new PenaltyCaseDriver(fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId)));
        await driver.ThroughExaminationAsync(At);
        await driver.IssueAndCompleteAsync("notification", At);
        await driver.SkipAsync("hearing", At, "当事人放弃听证");
        var proposed = await driver.Grain.ProposeDecisionAsync(Proposal(200_000m));
        await driver.Grain.SubmitForReviewAsync(ReviewSamples.Submission(At));
        await driver.Grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, proposed.ProposalHash!, ReviewOutcome.Agreed, At));
        await driver.IssueAndCompleteAsync("legal-review", At);
        await driver.SkipAsync("collective-discussion", At);
        await driver.Grain.IssueDocumentAsync(CaseSamples.Issue("decision", "penalty-decision", At));
        await driver.Grain.ProposeDecisionAsync(Proposal(250_000m));
        var before = await driver.EventCountAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Record(() => driver.Grain.CompleteStepAsync(CaseSamples.Complete("decision", At)))));

        Assert.True((await driver.Grain.EvaluateMajorDecisionAsync()).Major);
        Assert.All(attempts, e => Assert.Equal(ErrorCodes.ReviewRequired, Assert.IsType<SanXiangException>(e).Code));
        Assert.Equal(before, await driver.EventCountAsync());
    }

    [Fact]
    public async Task RefuseAReviewOpinionFromAReviewerWhoHandlesTheCase()
    {
        var tenant = await NewAgencyWithReviewerAsync();
        var caseId = (await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(At, fine: 200_000m) with { OfficerIds = [CaseSamples.Zhang, Zhao] })).Id;
        var grain = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId));
        var proposed = await grain.ProposeDecisionAsync(Proposal(200_000m));
        var submitted = await grain.SubmitForReviewAsync(ReviewSamples.Submission(At));

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, proposed.ProposalHash!, ReviewOutcome.Agreed, At)));

        Assert.Equal(ErrorCodes.ReviewerNotAllowed, refused.Code);
        Assert.Contains("承办", refused.Message, StringComparison.Ordinal);
        Assert.Equal(submitted.LastSequence, (await grain.GetEventsAsync()).Count);
    }

    [Fact]
    public async Task RefuseTheOpinionAndTheSupplementRequestOfAReviewerDeactivatedAfterTheSubmissionAndAppendNothing()
    {
        var tenant = await NewAgencyWithReviewerAsync();
        var caseId = (await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(At, fine: 200_000m))).Id;
        var grain = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId));
        var proposed = await grain.ProposeDecisionAsync(Proposal(200_000m));
        var submitted = await grain.SubmitForReviewAsync(ReviewSamples.Submission(At));
        await fixture.Grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenant, OfficerId.FromCertificate(Zhao))).DeactivateAsync("调任其他单位", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));

        var opinion = await Assert.ThrowsAsync<SanXiangException>(() => grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, proposed.ProposalHash!, ReviewOutcome.Agreed, At)));
        var supplement = await Assert.ThrowsAsync<SanXiangException>(() => grain.RequestSupplementAsync(ReviewSamples.Supplement(tenant, At, new DateOnly(2026, 3, 20))));

        Assert.Equal(ErrorCodes.OfficerInactive, opinion.Code);
        Assert.Contains("赵敏", opinion.Message, StringComparison.Ordinal);
        Assert.Contains("已停用", opinion.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.OfficerInactive, supplement.Code);
        Assert.Equal(submitted.LastSequence, (await grain.GetEventsAsync()).Count);
        Assert.Null((await grain.GetAsync())!.Submission!.Reviewer);
    }

    [Fact]
    public async Task RefuseAnOpinionGivenInTheReviewersNameFromAnotherAccountAndAppendNothing()
    {
        var tenant = await NewAgencyWithReviewerAsync();
        await ReviewSamples.AccountAsync(fixture.Grains, $"{tenant}.officer", tenant, TenantRole.Officer, CaseSamples.Zhang);
        await ReviewSamples.AccountAsync(fixture.Grains, $"{tenant}.admin", tenant, TenantRole.TenantAdmin);
        var caseId = (await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(At, fine: 200_000m))).Id;
        var grain = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId));
        var proposed = await grain.ProposeDecisionAsync(Proposal(200_000m));
        var submitted = await grain.SubmitForReviewAsync(ReviewSamples.Submission(At));

        var byOfficer = await Assert.ThrowsAsync<SanXiangException>(() => grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, proposed.ProposalHash!, ReviewOutcome.Agreed, At, $"{tenant}.officer")));
        var byUnlinked = await Assert.ThrowsAsync<SanXiangException>(() => grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, proposed.ProposalHash!, ReviewOutcome.Agreed, At, $"{tenant}.admin")));
        var supplement = await Assert.ThrowsAsync<SanXiangException>(() => grain.RequestSupplementAsync(ReviewSamples.Supplement(tenant, At, new DateOnly(2026, 3, 20)) with { ReviewerId = Zhao, Actor = $"{tenant}.officer" }));
        var unchanged = (await grain.GetEventsAsync()).Count;
        var agreed = await grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, proposed.ProposalHash!, ReviewOutcome.Agreed, At) with { ReviewerId = null });

        Assert.Equal(ErrorCodes.ReviewerNotSelf, byOfficer.Code);
        Assert.Equal(ErrorCodes.AccountNotLinked, byUnlinked.Code);
        Assert.Equal(ErrorCodes.ReviewerNotSelf, supplement.Code);
        Assert.Equal(submitted.LastSequence, unchanged);
        Assert.Equal("赵敏", agreed.Review!.Reviewer.Name);
        Assert.Equal(ReviewSamples.ReviewerAccount(tenant), agreed.Review.Actor);
    }

    [Fact]
    public async Task IssueTheDecisionOnlyAfterTheLeadersDecidedToProceedOnTheReturnedProposal()
    {
        var tenant = await NewAgencyWithReviewerAsync();
        var caseId = (await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(At, fine: 200_000m))).Id;
        var grain = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId));
        var proposed = await grain.ProposeDecisionAsync(Proposal(200_000m));
        await grain.SubmitForReviewAsync(ReviewSamples.Submission(At));
        await grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, proposed.ProposalHash!, ReviewOutcome.HasProblems, At));
        var discussion = new RecordCollectiveDiscussionCommand(
            proposed.ProposalHash!,
            new DateOnly(2026, 3, 3),
            "承办机构认为罚款数额与违法情节相当",
            [new("周正", "局长", "同意承办机构意见"), new("刘敏", "分管副局长", "同意")],
            DiscussionDecision.Revise,
            "退回承办机构修改裁量说明",
            "xintian-scjg.officer",
            At);

        await grain.RecordCollectiveDiscussionAsync(discussion);
        var afterRevise = await Assert.ThrowsAsync<SanXiangException>(() => grain.IssueDocumentAsync(CaseSamples.Issue("decision", "penalty-decision", At)));
        var proceeded = await grain.RecordCollectiveDiscussionAsync(discussion with { Decision = DiscussionDecision.Proceed, Conclusion = "按拟作出的决定作出处罚决定" });
        var issued = await grain.IssueDocumentAsync(CaseSamples.Issue("decision", "penalty-decision", At));

        Assert.Equal(ErrorCodes.ReviewRequired, afterRevise.Code);
        Assert.Equal([DiscussionDecision.Revise, DiscussionDecision.Proceed], proceeded.Discussions!.Select(d => d.Decision));
        Assert.Equal("penalty-decision", issued.Kind);
        Assert.Contains(await grain.GetEventsAsync(), e => e.Kind == "review.collective-discussion");
    }

    private async Task<string> NewAgencyWithReviewerAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        await ReviewSamples.AddReviewerAsync(fixture.Grains, tenant);
        return tenant;
    }

    private static ProposeDecisionCommand Proposal(decimal fine) => ReviewSamples.Proposal(fine, At);

    private static async Task<Exception?> Record(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (SanXiangException e)
        {
            return e;
        }
    }
}
