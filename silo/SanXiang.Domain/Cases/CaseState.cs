using SanXiang.Plugins;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Disclosures;

namespace SanXiang.Domain.Cases;

/// <summary>A case as its events make it; changed only by <see cref="Apply"/>, so a replay gives the same case.</summary>
public sealed class CaseState
{
    public bool Opened { get; private set; }

    public string Title { get; private set; } = "";

    public EnforcementCategory Category { get; private set; }

    public CaseParty Party { get; private set; } = new("", PartyKind.Citizen, null);

    public bool Simplified { get; private set; }

    public decimal? ProposedFine { get; private set; }

    public string SectorId { get; private set; } = "";

    public DateTimeOffset OpenedAt { get; private set; }

    public List<CaseOfficer> Officers { get; private set; } = [];

    public DateTimeOffset? ClosedAt { get; private set; }

    public Dictionary<string, StepRecord> Steps { get; private set; } = new(StringComparer.Ordinal);

    public List<CaseDocumentView> Documents { get; private set; } = [];

    public List<CaseRecordingView> Recordings { get; private set; } = [];

    public List<CaseEvidenceView> Evidence { get; private set; } = [];

    /// <summary>Dated deadlines by (step, index): the latest computation wins.</summary>
    public List<DeadlineEntry> Deadlines { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The procedure the case was opened under (<see cref="PinnedProcedure.Hash"/>), or null for a case opened before pinning.</summary>
    public string? ProcedureHash { get; private set; }

    /// <summary>The decision the case proposes now, or null before any <c>decision.proposed</c>.</summary>
    public DecisionProposal? Proposal { get; private set; }

    public string? ProposalHash { get; private set; }

    /// <summary>Every legal-review opinion, oldest first.</summary>
    public List<ReviewOpinion> Reviews { get; private set; } = [];

    /// <summary>The latest opinion recorded since the current proposal, or null: a changed proposal has not been reviewed.</summary>
    public ReviewOpinion? CurrentReview { get; private set; }

    /// <summary>Every collective discussion (集体讨论), oldest first.</summary>
    public List<CollectiveDiscussion> Discussions { get; private set; } = [];

    /// <summary>The latest collective discussion of the current proposal held since its latest opinion, or null.</summary>
    public CollectiveDiscussion? CurrentDiscussion { get; private set; }

    /// <summary>The latest submission for legal review, or null before any <c>review.submitted</c>.</summary>
    public ReviewSubmission? Submission { get; private set; }

    /// <summary>The decision's after-decision disclosure, or null before the decision is made.</summary>
    public CaseDisclosure? Disclosure { get; private set; }

    /// <summary>How many events made this state: the sequence number of the last one (a case's events are numbered from 1 without gaps).</summary>
    public long EventsApplied { get; private set; }

    public bool Closed => ClosedAt is not null;

    /// <summary>
    /// A copy to apply the next event to before it is stored: the case's state changes only once the event is
    /// durable, and the read model's row is derived from exactly the state the event makes. The lists hold
    /// immutable records, so copying the lists is a full copy.
    /// </summary>
    public CaseState Clone()
    {
        var copy = (CaseState)MemberwiseClone();
        copy.Officers = [.. Officers];
        copy.Steps = new Dictionary<string, StepRecord>(Steps, StringComparer.Ordinal);
        copy.Documents = [.. Documents];
        copy.Recordings = [.. Recordings];
        copy.Evidence = [.. Evidence];
        copy.Deadlines = [.. Deadlines];
        copy.Reviews = [.. Reviews];
        copy.Discussions = [.. Discussions];
        return copy;
    }

    public bool IsDone(string stepId) => Steps.ContainsKey(stepId);

    public bool HasIssued(string documentKind) => Documents.Any(d => d.Kind == documentKind);

    public void Apply(CaseEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        UpdatedAt = @event.At;
        EventsApplied++;
        switch (@event)
        {
            case CaseOpened opened:
                Opened = true;
                Title = opened.Title;
                Category = opened.Category;
                Party = opened.Party;
                Simplified = opened.Simplified;
                ProposedFine = opened.ProposedFine;
                SectorId = opened.SectorId;
                OpenedAt = opened.At;
                Officers = [.. opened.Officers];
                SetDeadlines(opened.Deadlines);
                ProcedureHash = opened.ProcedureHash;
                break;
            case StepCompleted completed:
                Steps[completed.StepId] = new StepRecord(StepState.Completed, completed.At, completed.Actor, completed.Officers, null, completed.AvOverrideReason);
                SetDeadlines(completed.Deadlines);
                break;
            case StepSkipped skipped:
                Steps[skipped.StepId] = new StepRecord(StepState.Skipped, skipped.At, skipped.Actor, [], skipped.Reason, null);
                break;
            case CaseClosed closed:
                Steps[closed.StepId] = new StepRecord(StepState.Completed, closed.At, closed.Actor, closed.Officers, null, closed.AvOverrideReason);
                ClosedAt = closed.At;
                break;
            case RecordingAdded recording:
                Recordings.Add(new CaseRecordingView(recording.Files[0].ToStoredFile(), recording.Kind, recording.StepId, recording.Device, recording.RecordedAt, recording.OfficerId, recording.Continuous, recording.Actor, recording.At, recording.Location));
                break;
            case EvidenceAdded evidence:
                Evidence.Add(new CaseEvidenceView(evidence.Files[0].ToStoredFile(), evidence.StepId, evidence.Description, evidence.Actor, evidence.At));
                break;
            case DocumentIssued issued:
                Documents.Add(new CaseDocumentView(issued.DocumentId, issued.Kind, issued.Name, issued.Number, issued.StepId, issued.Files[0].ToStoredFile(), issued.At, issued.Actor, null));
                break;
            case SignedCopyAttached signed:
                var index = Documents.FindIndex(d => d.Id == signed.DocumentId);
                Documents[index] = Documents[index] with { SignedCopy = signed.Files[0].ToStoredFile() };
                break;
            case DecisionProposed proposed:
                Proposal = proposed.Proposal;
                ProposalHash = proposed.ProposalHash;
                CurrentReview = null;
                CurrentDiscussion = null;
                break;
            case ReviewOpinionRecorded opinion:
                var review = new ReviewOpinion(opinion.ProposalHash, opinion.Reviewer, opinion.Outcome, opinion.Reasons, opinion.Actor, opinion.At, opinion.Checklist ?? []);
                Reviews.Add(review);
                CurrentReview = opinion.ProposalHash == ProposalHash ? review : CurrentReview;
                CurrentDiscussion = opinion.ProposalHash == ProposalHash ? null : CurrentDiscussion;
                Submission = Submission?.ProposalHash == opinion.ProposalHash
                    ? Submission with { Status = opinion.Outcome == ReviewOutcome.Agreed ? ReviewStatus.Passed : ReviewStatus.Returned, Reviewer = opinion.Reviewer, ReviewerAccount = opinion.Actor, Opinion = review }
                    : Submission;
                break;
            case ReviewSubmitted submitted:
                // A resubmission keeps the reviewer who asked for it, so the review goes back to them.
                // A review resumed after supplements keeps its extension; a new one starts without.
                Submission = new ReviewSubmission(submitted.ProposalHash, submitted.Materials, submitted.At, submitted.DaysLeft, submitted.Due, submitted.Provisional, submitted.DueError, ReviewStatus.Pending, null, Submission?.Reviewer, Submission?.ReviewerAccount, null, submitted.Resumed ? Submission?.Extension : null);
                break;
            case SupplementRequested supplement:
                Submission = Submission! with
                {
                    Status = ReviewStatus.Suspended,
                    Supplement = new SupplementRequest(supplement.Reviewer, supplement.Items, supplement.SupplyBy, supplement.Reason, supplement.Actor, supplement.At),
                    Reviewer = supplement.Reviewer,
                    ReviewerAccount = supplement.Actor,
                };
                break;
            case CollectiveDiscussionRecorded discussed:
                var discussion = new CollectiveDiscussion(discussed.ProposalHash, discussed.HeldOn, discussed.HandlerOpinion, discussed.Attendees, discussed.Decision, discussed.Conclusion, discussed.Actor, discussed.At);
                Discussions.Add(discussion);
                CurrentDiscussion = discussed.ProposalHash == ProposalHash ? discussion : CurrentDiscussion;
                break;
            case ReviewTimeLimitExtended extended:
                Submission = Submission! with
                {
                    DaysLeft = extended.DaysLeft,
                    Due = extended.Due,
                    Provisional = extended.Provisional,
                    DueError = extended.DueError,
                    Extension = new ReviewExtension(extended.Days, extended.Reason, extended.Actor, extended.At),
                };
                break;
            case DisclosureEvent disclosure:
                Disclosure = CaseDisclosures.Apply(Disclosure, disclosure, EventsApplied);
                break;
            case DeadlinesRecomputed recomputed:
                SetDeadlines(recomputed.Deadlines);
                break;
            default:
                throw new InvalidOperationException($"Case event {@event.GetType().Name} has no transition.");
        }
    }

    private void SetDeadlines(IReadOnlyList<DeadlineEntry> entries)
    {
        foreach (var entry in entries)
        {
            Deadlines.RemoveAll(d => d.StepId == entry.StepId && d.Index == entry.Index);
            Deadlines.Add(entry);
        }
    }
}
