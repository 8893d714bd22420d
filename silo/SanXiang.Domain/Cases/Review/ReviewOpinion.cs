namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// A legal review's opinion on the proposal named by <paramref name="ProposalHash"/>, as the case holds it, with the seven
/// points' findings (<paramref name="Checklist"/>: empty for an opinion recorded before the checklist was asked for).
/// </summary>
public sealed record ReviewOpinion(
    string ProposalHash,
    CaseOfficer Reviewer,
    ReviewOutcome Outcome,
    string Reasons,
    string Actor,
    DateTimeOffset At,
    IReadOnlyList<ReviewCheck>? Checklist = null)
{
    public IReadOnlyList<ReviewCheck> Checks => Checklist ?? [];
}
