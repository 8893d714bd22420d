using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>review.submitted</c>: the proposal named by <paramref name="ProposalHash"/> submitted for legal review with its
/// materials. <paramref name="Resumed"/>: the handler supplied what the reviewer asked for and the clock runs on with
/// the <paramref name="DaysLeft"/> working days it had left; otherwise a new review starts with the whole limit.
/// <paramref name="Due"/> is computed on the calendar when submitted (<see cref="ReviewTimeLimit"/>).
/// </summary>
public sealed record ReviewSubmitted(
    string ProposalHash,
    ReviewMaterials Materials,
    bool Resumed,
    int DaysLeft,
    DateOnly? Due,
    bool Provisional,
    string? DueError) : CaseEvent;
