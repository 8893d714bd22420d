using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>
/// The case's latest submission for legal review: its materials, when it reached the reviewer, the day the time limit
/// runs out (yyyy-MM-dd, or null with <c>dueError</c>), the open supplement request while SUSPENDED, and the opinion that closed it.
/// </summary>
[Name("ReviewSubmission")]
public sealed class ReviewSubmissionNode(ReviewSubmission submission, DateOnly today)
{
    public string ProposalHash => submission.ProposalHash;

    public ReviewStatus Status => submission.Status;

    public string SubmittedAt => IsoTime.Format(submission.SubmittedAt);

    public string SituationNote => submission.Materials.SituationNote;

    public string DraftDecision => submission.Materials.DraftDecision;

    public IEnumerable<string> Evidence => submission.Materials.Evidence;

    public string? HearingRecord => submission.Materials.HearingRecord;

    /// <summary>Working days of the time limit left when it reached the reviewer.</summary>
    public int DaysLeft => submission.DaysLeft;

    public string? Due => IsoDate.Format(submission.Due);

    public bool Provisional => submission.Provisional;

    public string? DueError => submission.DueError;

    /// <summary>Past its due date today (China time); a suspended review never is.</summary>
    public bool Overdue => submission.IsOverdueOn(today);

    /// <summary>The head's once-only extension of the time limit, or null.</summary>
    public ReviewExtensionNode? Extension => submission.Extension is { } extension ? new(extension) : null;

    public SupplementRequestNode? Supplement => submission.Supplement is { } request ? new(request) : null;

    public CaseOfficerNode? Reviewer => submission.Reviewer is { } reviewer ? new(reviewer) : null;

    public ReviewOpinionNode? Opinion => submission.Opinion is { } opinion ? new(opinion) : null;
}
