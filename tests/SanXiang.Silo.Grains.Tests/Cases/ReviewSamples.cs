using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Plugins;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>The legal review of a 市场监管 penalty case: 赵敏 of 法规股 reviews signed in as herself, the handler submits and resubmits.</summary>
internal static class ReviewSamples
{
    public const string Zhao = "431128A0009";

    /// <summary>The account 赵敏 signs in with at <paramref name="tenant"/>.</summary>
    public static string ReviewerAccount(string tenant) => $"{tenant}.reviewer";

    /// <summary>Marks 赵敏 of 法规股 a legal reviewer with the legal-profession qualification, with her sign-in account linked to her.</summary>
    public static async Task AddReviewerAsync(IGrainFactory grains, string tenant)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var zhao = await grains.GetGrain<IOfficerRosterGrain>(tenant).AddAsync(new Officer(string.Empty, "赵敏", "法规股", "法制审核员", Zhao, [EnforcementCategory.Penalty], "新田县", new DateOnly(2018, 1, 1), new DateOnly(2030, 12, 31), OfficerStatus.Active, true, true));
        await AccountAsync(grains, ReviewerAccount(tenant), tenant, TenantRole.LegalReviewer, zhao.Id);
    }

    /// <summary>A sign-in account of <paramref name="tenant"/>, linked to <paramref name="officerId"/> when given.</summary>
    public static Task AccountAsync(IGrainFactory grains, string userName, string tenant, TenantRole role, string? officerId = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).CreateAsync(userName, "Review-Samples-2026", false, [new Membership(tenant, role, officerId)]);
    }

    public static ProposeDecisionCommand Proposal(decimal fine, DateTimeOffset at) =>
        new([PenaltyKind.Fine, PenaltyKind.ConfiscateIllegalGains], fine, 1_200m, "《中华人民共和国食品安全法》第一百二十四条第一款", "销售超过保质期的食品，货值金额一万二千元", false, "xintian-scjg.officer", at);

    public static SubmitForReviewCommand Submission(DateTimeOffset at, string note = "当事人销售过期食品，货值一万二千元，建议从重处罚") =>
        new(new ReviewMaterials(note, "新市监罚〔2026〕号行政处罚决定书（草案）", ["现场检查笔录", "询问笔录", "抽样检验报告"], null), "xintian-scjg.officer", at);

    public static RequestSupplementCommand Supplement(string tenant, DateTimeOffset at, DateOnly supplyBy) =>
        new(null, ["当事人营业执照复印件"], supplyBy, "缺少当事人主体资格证明", ReviewerAccount(tenant), at);

    /// <summary>赵敏's opinion, given signed in as herself; <paramref name="account"/> another account giving it in her name.</summary>
    public static RecordReviewOpinionCommand Opinion(string tenant, string proposalHash, ReviewOutcome outcome, DateTimeOffset at, string? account = null) =>
        new(proposalHash, Zhao, outcome, outcome == ReviewOutcome.Agreed ? "事实清楚，证据确凿，适用依据正确，程序合法" : "罚款数额的裁量理由不充分", account ?? ReviewerAccount(tenant), at)
        {
            Checklist = [.. ReviewPoints.All.Select(p => outcome == ReviewOutcome.HasProblems && p == ReviewPoint.LawAndDiscretion
                ? new ReviewCheck(p, ReviewFinding.Problem, "罚款数额的裁量理由不充分")
                : new ReviewCheck(p, ReviewFinding.Satisfied, "经审查无问题"))],
        };
}
