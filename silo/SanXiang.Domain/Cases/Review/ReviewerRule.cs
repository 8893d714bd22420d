using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// Who may give a case's legal-review opinion or ask for supplements: the signed-in person himself — the officer his
/// account is linked to, never someone he names — when the roster marks that officer as a legal reviewer (法制审核人员),
/// and nobody who filed, investigated or handled the case: the review is a check by someone else on their work, and
/// the review unit answers for its opinion (DOMAIN.md §3), so the record must say truly who gave it.
/// </summary>
public static class ReviewerRule
{
    /// <summary>
    /// The reviewer as the case records them. <paramref name="namedReviewerId"/> is the reviewer the client named, if
    /// any (normalised): it must be the caller's own officer. ACCOUNT_NOT_LINKED, REVIEWER_NOT_SELF, OFFICER_NOT_FOUND,
    /// OFFICER_INACTIVE or REVIEWER_NOT_ALLOWED otherwise.
    /// </summary>
    public static CaseOfficer Check(CaseState state, string? namedReviewerId, ActingOfficer acting)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(acting);
        if (acting.OfficerId is null)
        {
            throw Refuse(ErrorCodes.AccountNotLinked, "您的登录账号尚未关联本机关的执法人员，不能办理法制审核；请本机关管理员在“执法人员”中添加您时填写您的登录账号。");
        }

        if (!string.IsNullOrEmpty(namedReviewerId) && namedReviewerId != acting.OfficerId)
        {
            var self = acting.Officer?.Officer.Name ?? acting.OfficerId;
            throw Refuse(ErrorCodes.ReviewerNotSelf, $"法制审核只能以您本人（{self}）的名义办理，不能以证件编号为“{namedReviewerId}”的人员的名义出具意见或要求补充材料。");
        }

        if (acting.Officer is not { } reviewer)
        {
            throw Refuse(ErrorCodes.OfficerNotFound, $"您的登录账号关联的执法人员（证件编号“{acting.OfficerId}”）已不在本机关执法人员名单中。");
        }

        if (Refusal(reviewer) is { } refused)
        {
            throw refused;
        }

        var officers = state.Officers.Concat(state.Steps.Values.SelectMany(s => s.Officers));
        if (officers.Any(o => o.Id == reviewer.Officer.Id))
        {
            throw Refuse(ErrorCodes.ReviewerNotAllowed, $"“{reviewer.Officer.Name}”承办或参与调查了本案，不能审核本案。");
        }

        return reviewer.Officer;
    }

    /// <summary>
    /// Why <paramref name="reviewer"/> may review no case of the agency, or null when he may review those he did not
    /// handle: OFFICER_INACTIVE once deactivated, REVIEWER_NOT_ALLOWED unless marked a legal reviewer. The console asks
    /// this before it offers the opinion form, so it offers what the engine will accept.
    /// </summary>
    public static SanXiangException? Refusal(NamedReviewer reviewer)
    {
        ArgumentNullException.ThrowIfNull(reviewer);

        // A deactivated officer (transferred, retired…) no longer acts for the agency: the opinion is the review unit's
        // answer for the decision (DOMAIN.md §3), as a step is the enforcement officers' (OfficerCertification).
        if (!reviewer.IsActive)
        {
            return Refuse(ErrorCodes.OfficerInactive, $"“{reviewer.Officer.Name}”已停用，不能再办理法制审核（出具审核意见、要求补充材料）。");
        }

        // Whether this is the officer's first review (第五十八条第二款) needs the agency's review history, which the
        // case does not hold: the qualification for first reviews is checked where that history is kept.
        return ReviewerQualification.Check(reviewer.Officer.Name, reviewer.IsReviewer, reviewer.HasLegalQualification, firstReview: false) is { } reason
            ? Refuse(ErrorCodes.ReviewerNotAllowed, reason)
            : null;
    }

    private static SanXiangException Refuse(string code, string message) => new(code, message, [new FieldProblem("reviewerId", message)]);
}
