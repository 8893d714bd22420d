using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// Who may give a case's legal-review opinion: an officer the roster marks as a legal reviewer (法制审核人员), and
/// nobody who filed, investigated or handled the case — the review is a check by someone else on their work.
/// </summary>
public static class ReviewerRule
{
    /// <summary>The reviewer as the case records them; OFFICER_NOT_FOUND or REVIEWER_NOT_ALLOWED otherwise.</summary>
    public static CaseOfficer Check(CaseState state, string reviewerId, NamedReviewer? reviewer)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (reviewer is null)
        {
            throw Refuse(ErrorCodes.OfficerNotFound, $"证件编号为“{reviewerId}”的人员不在本机关执法人员名单中。");
        }

        // Whether this is the officer's first review (第五十八条第二款) needs the agency's review history, which the
        // case does not hold: the qualification for first reviews is checked where that history is kept.
        if (ReviewerQualification.Check(reviewer.Officer.Name, reviewer.IsReviewer, reviewer.HasLegalQualification, firstReview: false) is { } reason)
        {
            throw Refuse(ErrorCodes.ReviewerNotAllowed, reason);
        }

        var officers = state.Officers.Concat(state.Steps.Values.SelectMany(s => s.Officers));
        if (officers.Any(o => o.Id == reviewer.Officer.Id))
        {
            throw Refuse(ErrorCodes.ReviewerNotAllowed, $"“{reviewer.Officer.Name}”承办或参与调查了本案，不能审核本案。");
        }

        return reviewer.Officer;
    }

    private static SanXiangException Refuse(string code, string message) => new(code, message, [new FieldProblem("reviewerId", message)]);
}
