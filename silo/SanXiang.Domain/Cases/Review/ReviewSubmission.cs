namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The case's latest submission for legal review, as its events make it. <paramref name="SubmittedAt"/> is when the
/// materials now with the reviewer were submitted (a resubmission after supplements included);
/// <paramref name="DaysLeft"/> the working days of the time limit left at that moment and <paramref name="Due"/> the
/// day they run out (<see cref="ReviewTimeLimit"/>; null with <paramref name="DueError"/> when the calendar lacks the
/// year). <paramref name="Supplement"/> is the open request while <see cref="ReviewStatus.Suspended"/>;
/// <paramref name="Reviewer"/> the reviewer who acted on it last, <paramref name="Opinion"/> the opinion that closed it;
/// <paramref name="Extension"/> the head's once-only extension of the limit (<see cref="ReviewExtensionRule"/>).
/// </summary>
public sealed record ReviewSubmission(
    string ProposalHash,
    ReviewMaterials Materials,
    DateTimeOffset SubmittedAt,
    int DaysLeft,
    DateOnly? Due,
    bool Provisional,
    string? DueError,
    ReviewStatus Status,
    SupplementRequest? Supplement,
    CaseOfficer? Reviewer,
    string? ReviewerAccount,
    ReviewOpinion? Opinion,
    ReviewExtension? Extension = null)
{
    /// <summary>With the reviewer or waiting for supplements: what the review queue lists.</summary>
    public bool IsOpen => Status is ReviewStatus.Pending or ReviewStatus.Suspended;

    /// <summary>Past its due date on <paramref name="today"/>; a suspended review's clock stands still, so it is never overdue.</summary>
    public bool IsOverdueOn(DateOnly today) => Status == ReviewStatus.Pending && Due is { } due && due < today;
}
