using SanXiang.Domain.Errors;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Cases;

/// <summary>行政处罚法 第五十八条 through the API: a 200 000-yuan fine is not decided before a reviewer agreed to it.</summary>
[Collection(CasesCollection.Name)]
public sealed class ReviewGateShould(CasesAppFactory factory)
{
    [Fact]
    public async Task HoldTheDecisionOfAMajorFineUntilAnotherOfficerAgreedToTheCurrentProposal()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        var (wu, zheng) = (await CaseApi.NewAccountAsync(factory), await CaseApi.NewAccountAsync(factory));
        string[] team = [await admin.AddOfficerAsync("周平"), await admin.AddOfficerAsync("吴越", isReviewer: true, username: wu)];
        var reviewerId = await admin.AddOfficerAsync("郑宁", isReviewer: true, username: zheng);
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var ownOfficer = await CaseApi.SignedInAsync(factory, wu);
        var reviewer = await CaseApi.SignedInAsync(factory, zheng);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var hash = await ProposeAsync(api, caseId, 200_000m);
        Assert.Empty((await SubmitAsync(api, caseId, "当事人销售过期食品，建议罚款二十万元")).Codes);

        var major = await api.PostAsync(
            "query($t: ID!, $c: ID!) { evaluateMajorDecision(tenantId: $t, caseId: $c) { major catalogVersion matchedRules { id description basis source } } }",
            new { t = CaseApi.Tenant, c = caseId });
        var skipped = await api.PostAsync("mutation($i: SkipStepInput!) { skipStep(input: $i) { id } }", new { i = new { tenantId = CaseApi.Tenant, caseId, stepId = "legal-review", reason = "无需审核" } });
        var unreviewed = await api.IssueAsync(caseId, "decision", "penalty-decision");
        var byOwnOfficer = await ReviewAsync(ownOfficer, caseId, hash, null, "AGREED");
        var inAnothersName = await ReviewAsync(ownOfficer, caseId, hash, reviewerId, "AGREED");
        var withProblems = await ReviewAsync(reviewer, caseId, hash, reviewerId, "HAS_PROBLEMS");
        var afterProblems = await api.IssueAsync(caseId, "decision", "penalty-decision");
        var before = await api.EventCountAsync(caseId);

        Assert.True(major.Data!["evaluateMajorDecision"]!["major"]!.GetValue<bool>(), major.ToString());
        Assert.Contains(major.Data["evaluateMajorDecision"]!["matchedRules"]!.AsArray(), r => r!["source"]!.GetValue<string>() == "sector" && r["description"]!.GetValue<string>().Contains("200,000", StringComparison.Ordinal));
        Assert.Equal([ErrorCodes.StepNotSkippable], skipped.Codes);
        Assert.Equal([ErrorCodes.ReviewRequired], unreviewed.Codes);
        Assert.Equal([ErrorCodes.ReviewerNotAllowed], byOwnOfficer.Codes);
        Assert.Equal([ErrorCodes.ReviewerNotSelf], inAnothersName.Codes);
        Assert.Contains("吴越", inAnothersName.FirstMessage, StringComparison.Ordinal);
        Assert.Empty(withProblems.Codes);
        Assert.Equal("郑宁", withProblems.Data!["recordReviewOpinion"]!["review"]!["reviewer"]!["name"]!.GetValue<string>());
        var checks = withProblems.Data!["recordReviewOpinion"]!["review"]!["checklist"]!.AsArray();
        Assert.Equal(7, checks.Count);
        Assert.Equal("适用法律依据是否准确，裁量是否适当", checks[3]!["pointName"]!.GetValue<string>());
        Assert.Equal("PROBLEM", checks[3]!["finding"]!.GetValue<string>());
        Assert.Equal("存在问题", checks[3]!["findingName"]!.GetValue<string>());
        Assert.Equal([ErrorCodes.ReviewRequired], afterProblems.Codes);
        Assert.Contains("存在问题", afterProblems.FirstMessage, StringComparison.Ordinal);

        var unchanged = await SubmitAsync(api, caseId, "当事人销售过期食品，建议罚款二十万元");
        var resubmitted = await SubmitAsync(api, caseId, "已补充裁量说明：货值较大，拒不配合调查，建议罚款二十万元");
        var agreed = await ReviewAsync(reviewer, caseId, hash, null, "AGREED");
        var decision = await api.IssueAsync(caseId, "decision", "penalty-decision");
        var changed = await ProposeAsync(api, caseId, 210_000m);
        var afterChange = await api.IssueAsync(caseId, "decision", "penalty-decision");

        Assert.Equal(before, (await api.EventCountAsync(caseId)) - 4);
        Assert.Equal([ErrorCodes.ReviewResubmissionUnchanged], unchanged.Codes);
        Assert.Equal("PENDING", resubmitted.Data!["submitForReview"]!["reviewSubmission"]!["status"]!.GetValue<string>());
        Assert.Equal("AGREED", agreed.Data!["recordReviewOpinion"]!["review"]!["outcome"]!.GetValue<string>());
        Assert.Empty(decision.Codes);
        Assert.NotEqual(hash, changed);
        Assert.Equal([ErrorCodes.ReviewRequired], afterChange.Codes);
    }

    [Fact]
    public async Task RefuseAnOpinionMissingAPointNamingEveryFieldAndAppendNothing()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("曹阳"), await admin.AddOfficerAsync("任静")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var reviewer = await CaseApi.SignedInAsync(factory, "xintian-scjg.reviewer");
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var hash = await ProposeAsync(api, caseId, 200_000m);
        Assert.Empty((await SubmitAsync(api, caseId, "当事人销售过期食品，建议罚款二十万元")).Codes);
        var before = await api.EventCountAsync(caseId);

        var six = await ReviewAsync(reviewer, caseId, hash, null, "AGREED", [.. Checklist("AGREED").Take(6)]);
        var contradicting = await ReviewAsync(reviewer, caseId, hash, null, "AGREED", Checklist("HAS_PROBLEMS"));
        var agreed = await ReviewAsync(reviewer, caseId, hash, null, "AGREED");

        Assert.Equal([ErrorCodes.ReviewChecklistIncomplete], six.Codes);
        var fields = six.Body["errors"]![0]!["extensions"]!["data"]!["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>());
        Assert.Equal(["checklist.CrimeTransfer.finding", "checklist.CrimeTransfer.note"], fields);
        Assert.Contains("涉嫌犯罪", six.FirstMessage, StringComparison.Ordinal);
        Assert.Equal([ErrorCodes.ReviewChecklistIncomplete], contradicting.Codes);
        Assert.Contains("第4项", contradicting.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(before + 1, await api.EventCountAsync(caseId));
        Assert.Equal("演示审核员", agreed.Data!["recordReviewOpinion"]!["review"]!["reviewer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task LetTheDecisionFollowTheLeadersCollectiveDiscussionAfterTheHandlerDisagreed()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("蒋涛"), await admin.AddOfficerAsync("沈丽")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var reviewer = await CaseApi.SignedInAsync(factory, "xintian-scjg.reviewer");
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var hash = await ProposeAsync(api, caseId, 200_000m);
        Assert.Empty((await SubmitAsync(api, caseId, "当事人销售过期食品，建议罚款二十万元")).Codes);

        var beforeOpinion = await DiscussAsync(api, caseId, hash, "PROCEED");
        Assert.Empty((await ReviewAsync(reviewer, caseId, hash, null, "HAS_PROBLEMS")).Codes);
        var blocked = await api.IssueAsync(caseId, "decision", "penalty-decision");
        var alone = await DiscussAsync(api, caseId, hash, "PROCEED", [new { name = "周正", role = "局长", opinion = "同意" }]);
        var discussed = await DiscussAsync(api, caseId, hash, "PROCEED");
        var decision = await api.IssueAsync(caseId, "decision", "penalty-decision");

        Assert.Equal([ErrorCodes.CollectiveDiscussionNotAllowed], beforeOpinion.Codes);
        Assert.Contains("第五十七条", beforeOpinion.FirstMessage, StringComparison.Ordinal);
        Assert.Equal([ErrorCodes.ReviewRequired], blocked.Codes);
        Assert.Equal([ErrorCodes.ValidationFailed], alone.Codes);
        Assert.True(discussed.Codes.Count == 0, discussed.ToString());
        var recorded = Assert.Single(discussed.Data!["recordCollectiveDiscussion"]!["collectiveDiscussions"]!.AsArray());
        Assert.Equal("PROCEED", recorded!["decision"]!.GetValue<string>());
        Assert.Equal("按拟作出的决定作出处罚决定", recorded["decisionName"]!.GetValue<string>());
        Assert.Equal(hash, recorded["proposalHash"]!.GetValue<string>());
        Assert.Equal(["周正", "刘敏"], recorded["attendees"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        Assert.True(decision.Codes.Count == 0, decision.ToString());
        Assert.Contains((await api.CaseAsync(caseId))["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "review.collective-discussion");
    }

    private static Task<GraphQLResponse> DiscussAsync(CaseApi api, string caseId, string hash, string decision, IReadOnlyList<object>? attendees = null) =>
        api.PostAsync(
            "mutation($i: RecordCollectiveDiscussionInput!) { recordCollectiveDiscussion(input: $i) { collectiveDiscussions { proposalHash heldOn decision decisionName conclusion handlerOpinion attendees { name role opinion } } } }",
            new
            {
                i = new
                {
                    tenantId = CaseApi.Tenant,
                    caseId,
                    proposalHash = hash,
                    heldOn = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    handlerOpinion = "当事人拒不配合调查，货值较大，罚款二十万元并无不当",
                    attendees = attendees ?? [new { name = "周正", role = "局长", opinion = "同意承办机构意见" }, new { name = "刘敏", role = "分管副局长", opinion = "同意按拟作出的决定处罚" }],
                    decision,
                    conclusion = "经集体讨论，决定按拟作出的决定作出行政处罚决定",
                },
            });

    private static async Task<string> ProposeAsync(CaseApi api, string caseId, decimal fine)
    {
        var proposed = await api.PostAsync(
            "mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { proposal { hash fine kinds } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, kinds = new[] { "FINE" }, fine, legalBasis = "《中华人民共和国食品安全法》第一百二十四条", factsSummary = "销售超过保质期的食品" } });
        Assert.True(proposed.Codes.Count == 0, proposed.ToString());
        return proposed.Data!["proposeDecision"]!["proposal"]!["hash"]!.GetValue<string>();
    }

    internal static Task<GraphQLResponse> SubmitAsync(CaseApi api, string caseId, string note) =>
        api.PostAsync(
            "mutation($i: SubmitForReviewInput!) { submitForReview(input: $i) { reviewSubmission { status due daysLeft } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, situationNote = note, draftDecision = "新市监罚〔2026〕号行政处罚决定书（草案）", evidence = new[] { "现场检查笔录", "询问笔录" } } });

    internal static Task<GraphQLResponse> ReviewAsync(CaseApi api, string caseId, string hash, string? reviewerId, string outcome, IReadOnlyList<object>? checklist = null) =>
        api.PostAsync(
            "mutation($i: RecordReviewOpinionInput!) { recordReviewOpinion(input: $i) { review { outcome reasons reviewer { name } checklist { point number pointName finding findingName note } } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, proposalHash = hash, reviewerId, outcome, reasons = outcome == "AGREED" ? "事实清楚，证据确凿，适用依据正确" : "罚款数额的裁量理由不充分", checklist = checklist ?? Checklist(outcome) } });

    /// <summary>The seven points as a reviewer fills them through the API: all SATISFIED for AGREED; for HAS_PROBLEMS the discretion has a problem.</summary>
    internal static IReadOnlyList<object> Checklist(string outcome) =>
        [.. new[] { "LAWFUL_BODY_AND_OFFICERS", "LAWFUL_PROCEDURE", "FACTS_AND_EVIDENCE", "LAW_AND_DISCRETION", "WITHIN_POWERS", "DOCUMENTS", "CRIME_TRANSFER" }
            .Select(point => outcome == "HAS_PROBLEMS" && point == "LAW_AND_DISCRETION"
                ? new { point, finding = "PROBLEM", note = "罚款数额明显高于裁量基准" }
                : new { point, finding = "SATISFIED", note = "经审查无问题" })];
}
