using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.Tests.Components.Cases;

/// <summary>The investigation case of <see cref="CaseSamples"/> at its legal review: proposed, submitted, returned.</summary>
internal static class ReviewSamples
{
    public static readonly DecisionProposal Proposal = new([PenaltyKind.Fine], 200_000m, 0, "《中华人民共和国食品安全法》第一百二十四条", "销售超过保质期的食品", false);

    public static readonly ReviewMaterials Materials = new("当事人销售过期食品，建议罚款二十万元", "新市监罚〔2026〕号决定书（草案）", ["现场检查笔录", "询问笔录"], null);

    public static readonly CaseOfficer Reviewer = new("43110009", "赵敏", "43110009");

    /// <summary>Returned by 赵敏 with 存在问题: the handler is to fix the discretion and resubmit.</summary>
    public static CaseView Returned()
    {
        var hash = Proposal.Hash;
        var opinion = new ReviewOpinion(hash, Reviewer, ReviewOutcome.HasProblems, "罚款数额的裁量理由不充分", "xintian-scjg.reviewer", CaseSamples.At.AddDays(2));
        return CaseSamples.Investigation() with
        {
            Proposal = Proposal,
            ProposalHash = hash,
            Review = opinion,
            Submission = new ReviewSubmission(hash, Materials, CaseSamples.At.AddDays(1), 5, new DateOnly(2026, 11, 28), false, null, ReviewStatus.Returned, null, Reviewer, "xintian-scjg.reviewer", opinion),
        };
    }

    /// <summary>Submitted and with 赵敏, five working days to go.</summary>
    public static CaseView Pending()
    {
        var returned = Returned();
        return returned with { Review = null, Submission = returned.Submission! with { Status = ReviewStatus.Pending, Opinion = null } };
    }

    /// <summary>The seven points as 赵敏 fills them: all 符合 but the discretion (第4项).</summary>
    public static IReadOnlyList<ReviewCheck> Checklist() =>
        [.. ReviewPoints.All.Select(p => p == ReviewPoint.LawAndDiscretion
            ? new ReviewCheck(p, ReviewFinding.Problem, "罚款数额明显高于裁量基准")
            : new ReviewCheck(p, ReviewFinding.Satisfied, "无问题"))];

    public static ReviewQueueEntry Entry(string caseId, DateOnly? due, bool suspended = false, string? account = null) =>
        new("xintian-scjg", caseId, $"{caseId}号案", "新田县某超市", "罚款（罚款200,000元）", CaseSamples.At, due, suspended, suspended ? new DateOnly(2026, 12, 1) : null, account is null ? null : Reviewer.Id, account is null ? null : Reviewer.Name, account);
}
