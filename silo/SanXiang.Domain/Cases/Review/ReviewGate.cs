using SanXiang.Domain.Cases.Law;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// 行政处罚法 第五十八条 "未经法制审核或者审核未通过的，不得作出决定": a major decision (<see cref="MajorDecisionRule"/>)
/// is made only after the latest opinion on the current proposal said 同意. The review binds to the proposal's hash,
/// so a proposal changed after a passed review needs a review again, and 存在问题 holds the decision back — unless the
/// agency's leaders, in a collective discussion of that same proposal (<see cref="CollectiveDiscussionRule"/>), decided to proceed.
/// </summary>
public static class ReviewGate
{
    /// <summary>REVIEW_REQUIRED, naming the rules that made the decision major and what is missing, unless it may be made.</summary>
    public static void CheckDecision(CaseState state, MajorDecision major, string stepName)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(major);
        if (!major.Major)
        {
            return;
        }

        var missing = state switch
        {
            { Proposal: null } => "尚未记录拟作出的处罚决定并提交法制审核",
            { CurrentReview: null } when state.Reviews.Count > 0 => "拟作出的决定在法制审核后已变更，须重新审核",
            { CurrentReview: null } => "尚未经法制审核",
            // 第五十七条: the leaders' collective discussion of this very proposal may decide to proceed despite the problems.
            { CurrentReview.Outcome: ReviewOutcome.HasProblems } when !CollectiveDiscussionRule.DecidedToProceed(state) =>
                $"法制审核意见为“存在问题”（{state.CurrentReview.Reasons}），须处理后重新提交审核，或经本机关负责人集体讨论决定",
            _ => null,
        };
        if (missing is not null)
        {
            var rules = string.Join("；", major.MatchedRules.Select(r => r.Description));
            throw new SanXiangException(ErrorCodes.ReviewRequired, $"本案属重大执法决定（{rules}），{missing}，不能办理“{stepName}”（{LegalReviewRule.Article}）。");
        }
    }
}
