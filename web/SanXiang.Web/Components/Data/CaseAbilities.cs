namespace SanXiang.Web.Components.Data;

/// <summary>
/// What the signed-in user may do with an agency's cases, as <see cref="Web.Cases.CaseAccess"/> decides
/// for the server: the pages render only the buttons these allow, and the server refuses the rest anyway.
/// <paramref name="CanReview"/>: a legal reviewer of the agency, offered the review opinion form (the engine still
/// decides whether the officer his account is linked to may review the case); <paramref name="CanApprove"/>: the agency's
/// head, offered the once-only extension of a review's time limit.
/// </summary>
public sealed record CaseAbilities(bool CanOpen, bool CanAct, bool CanReview = false, bool CanApprove = false)
{
    public static readonly CaseAbilities ReadOnly = new(false, false);
}
