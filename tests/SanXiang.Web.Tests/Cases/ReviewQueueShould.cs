using System.Text.Json.Nodes;
using SanXiang.Domain.Errors;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Cases;

/// <summary>The reviewer's side of the API: the queue with its filters, supplements stopping the clock, and the staffing check.</summary>
[Collection(CasesCollection.Name)]
public sealed class ReviewQueueShould(CasesAppFactory factory)
{
    private const string Queue = "query($t: ID!, $m: Boolean, $o: Boolean, $f: Int, $a: String) { reviewQueue(tenantId: $t, mine: $m, overdue: $o, first: $f, after: $a) { totalCount nodes { caseId title partyName proposalSummary submittedAt due suspended supplyBy overdue reviewerName } pageInfo { hasNextPage endCursor } } }";

    [Fact]
    public async Task ListASubmittedCaseAndGiveItToTheReviewerWhoAskedForSupplements()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("孙立"), await admin.AddOfficerAsync("钱进")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var reviewer = await CaseApi.SignedInAsync(factory, "xintian-scjg.reviewer");
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team, "销售未标明生产日期的食品案"));
        await api.PostAsync(
            "mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, kinds = new[] { "FINE" }, fine = 120_000m, legalBasis = "《中华人民共和国食品安全法》第一百二十五条", factsSummary = "销售未标明生产日期的食品" } });

        var incomplete = await api.PostAsync(
            "mutation($i: SubmitForReviewInput!) { submitForReview(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, situationNote = "", draftDecision = "", evidence = Array.Empty<string>() } });
        var notQueued = await QueueAsync(reviewer);
        Assert.Empty((await ReviewGateShould.SubmitAsync(api, caseId, "当事人销售未标明生产日期的食品")).Codes);
        var queued = await QueueAsync(reviewer);
        var supplement = await reviewer.PostAsync(
            "mutation($i: RequestSupplementInput!) { requestSupplement(input: $i) { reviewSubmission { status supplement { supplyBy items reviewer { name } } } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, items = new[] { "当事人营业执照复印件" }, dueDate = "2099-12-31", reason = "缺少当事人主体资格证明" } });
        var mine = await QueueAsync(reviewer, mine: true);
        var othersMine = await QueueAsync(api, mine: true);
        var notOverdue = await QueueAsync(reviewer, overdue: true);

        Assert.Equal([ErrorCodes.ReviewMaterialsIncomplete], incomplete.Codes);
        Assert.DoesNotContain(notQueued, n => n!["caseId"]!.GetValue<string>() == caseId);
        var row = Assert.Single(queued, n => n!["caseId"]!.GetValue<string>() == caseId);
        Assert.Equal("销售未标明生产日期的食品案", row!["title"]!.GetValue<string>());
        Assert.Equal("罚款（罚款120,000元）", row!["proposalSummary"]!.GetValue<string>());
        Assert.False(row!["suspended"]!.GetValue<bool>());
        Assert.NotNull(row!["due"]);
        Assert.True(supplement.Codes.Count == 0, supplement.ToString());
        Assert.Equal("SUSPENDED", supplement.Data!["requestSupplement"]!["reviewSubmission"]!["status"]!.GetValue<string>());
        var taken = Assert.Single(mine, n => n!["caseId"]!.GetValue<string>() == caseId);
        Assert.True(taken!["suspended"]!.GetValue<bool>());
        Assert.Equal("2099-12-31", taken!["supplyBy"]!.GetValue<string>());
        Assert.Equal("演示审核员", taken!["reviewerName"]!.GetValue<string>());
        Assert.DoesNotContain(othersMine, n => n!["caseId"]!.GetValue<string>() == caseId);
        Assert.DoesNotContain(notOverdue, n => n!["caseId"]!.GetValue<string>() == caseId);
    }

    [Fact]
    public async Task ExtendTheReviewsTimeLimitOnceWithTheHeadsApprovalOnly()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("韦东"), await admin.AddOfficerAsync("田甜")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var head = await CaseApi.SignedInAsync(factory, await CaseApi.NewAccountAsync(factory, "AgencyHead"));
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team, "销售标签不符合规定的食品案"));
        await api.PostAsync(
            "mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, kinds = new[] { "FINE" }, fine = 150_000m, legalBasis = "《中华人民共和国食品安全法》第一百二十五条", factsSummary = "销售标签不符合规定的食品" } });
        var submitted = await ReviewGateShould.SubmitAsync(api, caseId, "当事人销售标签不符合规定的食品");

        var byOfficer = await ExtendAsync(api, caseId, 3);
        var extended = await ExtendAsync(head, caseId, 3);
        var again = await ExtendAsync(head, caseId, 1);

        Assert.Equal([ErrorCodes.Forbidden], byOfficer.Codes);
        Assert.True(extended.Codes.Count == 0, extended.ToString());
        var before = submitted.Data!["submitForReview"]!["reviewSubmission"]!;
        var after = extended.Data!["extendReviewTimeLimit"]!["reviewSubmission"]!;
        Assert.Equal(before["daysLeft"]!.GetValue<int>() + 3, after["daysLeft"]!.GetValue<int>());
        Assert.True(string.CompareOrdinal(after["due"]!.GetValue<string>(), before["due"]!.GetValue<string>()) > 0);
        Assert.Equal(3, after["extension"]!["days"]!.GetValue<int>());
        Assert.Equal("案情复杂，需进一步核实证据", after["extension"]!["reason"]!.GetValue<string>());
        Assert.Equal([ErrorCodes.ReviewExtensionUsed], again.Codes);
        var queued = Assert.Single(await QueueAsync(head), n => n!["caseId"]!.GetValue<string>() == caseId);
        Assert.Equal(after["due"]!.GetValue<string>(), queued!["due"]!.GetValue<string>());
    }

    private static Task<GraphQLResponse> ExtendAsync(CaseApi api, string caseId, int days) =>
        api.PostAsync(
            "mutation($i: ExtendReviewTimeLimitInput!) { extendReviewTimeLimit(input: $i) { reviewSubmission { due daysLeft extension { days reason approvedBy at } } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, days, reason = "案情复杂，需进一步核实证据" } });

    [Fact]
    public async Task PageTheQueueWithTheCursorItGave()
    {
        var reviewer = await CaseApi.SignedInAsync(factory, "xintian-scjg.reviewer");

        var first = await reviewer.PostAsync(Queue, new { t = CaseApi.Tenant, f = 1 });
        var refused = await reviewer.PostAsync(Queue, new { t = CaseApi.Tenant, f = 1, a = "not-a-cursor" });

        Assert.Empty(first.Codes);
        Assert.Equal([ErrorCodes.ValidationFailed], refused.Codes);
        var connection = first.Data!["reviewQueue"]!;
        Assert.True(connection["nodes"]!.AsArray().Count <= 1);
        Assert.Equal(connection["totalCount"]!.GetValue<int>() > 1, connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CountOnlyOfficersWithAValidCertificateForReviewerStaffing()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        var before = await StaffingAsync(admin);
        await admin.AddOfficerAsync("过期审核员", validTo: "2025-06-30", isReviewer: true);
        var afterExpired = await StaffingAsync(admin);
        await admin.AddOfficerAsync("新任审核员", isReviewer: true);
        var after = await StaffingAsync(admin);

        Assert.Equal(before, afterExpired);
        Assert.Equal(before.Officers + 1, after.Officers);
        Assert.Equal(before.Reviewers + 1, after.Reviewers);
        Assert.Equal(Math.Max(1, ((after.Officers * 5) + 99) / 100), after.Required);
        Assert.Equal(Math.Max(0, after.Required - after.Reviewers), after.Short);
    }

    private static async Task<(int Officers, int Reviewers, int Required, int Short)> StaffingAsync(CaseApi api)
    {
        var answer = await api.PostAsync("query($t: ID!) { reviewerStaffing(tenantId: $t) { officers reviewers required short } }", new { t = CaseApi.Tenant });
        Assert.True(answer.Codes.Count == 0, answer.ToString());
        var node = answer.Data!["reviewerStaffing"]!;
        return (node["officers"]!.GetValue<int>(), node["reviewers"]!.GetValue<int>(), node["required"]!.GetValue<int>(), node["short"]!.GetValue<int>());
    }

    private static async Task<JsonArray> QueueAsync(CaseApi api, bool? mine = null, bool? overdue = null)
    {
        var answer = await api.PostAsync(Queue, new { t = CaseApi.Tenant, m = mine, o = overdue, f = 100 });
        Assert.True(answer.Codes.Count == 0, answer.ToString());
        return answer.Data!["reviewQueue"]!["nodes"]!.AsArray();
    }
}
