using SanXiang.Domain.Cases.Review;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// A case as its events make it. <paramref name="Title"/> is the 案由; <paramref name="CurrentStepId"/> the
/// first step neither completed nor skipped (null once closed); <paramref name="LastSequence"/> the number of
/// the case's last event; <paramref name="Proposal"/> the decision it proposes (named by <paramref name="ProposalHash"/>)
/// and <paramref name="Review"/> the latest legal-review opinion on that proposal; <paramref name="Submission"/> the latest
/// submission for legal review (its materials, due date, supplements, and the opinion that closed it);
/// <paramref name="Discussions"/> the collective discussions held on its proposals (第五十七条), oldest first.
/// </summary>
public sealed record CaseView(
    string Id,
    string Tenant,
    string Title,
    EnforcementCategory Category,
    CaseParty Party,
    bool Simplified,
    decimal? ProposedFine,
    CaseStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CaseOfficer> Officers,
    IReadOnlyList<CaseStepView> Steps,
    string? CurrentStepId,
    IReadOnlyList<CaseDocumentView> Documents,
    IReadOnlyList<CaseRecordingView> Recordings,
    IReadOnlyList<CaseEvidenceView> Evidence,
    IReadOnlyList<CaseDeadlineView> Deadlines,
    CaseFileCompleteness Completeness,
    long LastSequence,
    DecisionProposal? Proposal = null,
    string? ProposalHash = null,
    ReviewOpinion? Review = null,
    ReviewSubmission? Submission = null,
    IReadOnlyList<CollectiveDiscussion>? Discussions = null);
