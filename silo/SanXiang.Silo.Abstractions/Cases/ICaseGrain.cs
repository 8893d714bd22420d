using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Disclosures;

namespace SanXiang.Silo.Cases;

/// <summary>
/// One enforcement case (案件): its full-process record (执法全过程记录, DOMAIN.md §2), event-sourced in the
/// case's hash chain; every view is derived from the events. The procedure comes from the tenant's sector
/// plugin. Key: <c>{tenant}/{caseId}</c> (<see cref="GrainKeys.For"/>); case ids come from
/// <see cref="ICaseFilingGrain.OpenAsync"/>. Every command is checked before anything is written: a
/// refused command throws <c>SanXiangException</c> with its code and appends nothing; a closed case refuses
/// every command with CASE_CLOSED, a case never opened with CASE_NOT_FOUND.
/// </summary>
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Files the case (立案). CONFLICT if it was opened before; SIMPLIFIED_NOT_ALLOWED beyond 行政处罚法 第五十一条.</summary>
    Task<CaseView> OpenAsync(OpenCaseCommand command);

    /// <summary>The case, or null if it was never opened.</summary>
    Task<CaseView?> GetAsync();

    /// <summary>
    /// Completes a step: STEP_OUT_OF_ORDER, DOCUMENT_REQUIRED, AV_REQUIRED, TWO_OFFICERS_REQUIRED,
    /// OFFICER_NOT_CERTIFIED, CASE_FILE_INCOMPLETE (closing) name what is missing.
    /// </summary>
    Task<CaseView> CompleteStepAsync(CompleteStepCommand command);

    /// <summary>Skips an optional step with a reason; STEP_NOT_SKIPPABLE for a step the procedure requires.</summary>
    Task<CaseView> SkipStepAsync(SkipStepCommand command);

    /// <summary>
    /// Records or changes the proposed decision (拟作出的处罚决定); VALIDATION_FAILED names each bad field. A passed
    /// legal review of an earlier proposal stops counting.
    /// </summary>
    Task<CaseView> ProposeDecisionAsync(ProposeDecisionCommand command);

    /// <summary>
    /// Records a legal reviewer's opinion (同意 / 存在问题) on the current proposal: REVIEWER_NOT_ALLOWED for an
    /// officer not marked as a reviewer or one who handled the case, CONFLICT for an opinion on a changed proposal.
    /// </summary>
    Task<CaseView> RecordReviewOpinionAsync(RecordReviewOpinionCommand command);

    /// <summary>
    /// Submits the current proposal for legal review with its materials, or resubmits after supplements (the clock
    /// runs on) or a return (a new review): REVIEW_MATERIALS_INCOMPLETE names what is missing, REVIEW_RESUBMISSION_UNCHANGED
    /// refuses a resubmission after 存在问题 with nothing changed.
    /// </summary>
    Task<CaseView> SubmitForReviewAsync(SubmitForReviewCommand command);

    /// <summary>A legal reviewer asks for supplementary materials by a date; the review's time limit stops until the handler resubmits.</summary>
    Task<CaseView> RequestSupplementAsync(RequestSupplementCommand command);

    /// <summary>
    /// Records the agency's leaders' collective discussion (集体讨论, 行政处罚法 第五十七条) of the current proposal after the
    /// review said 存在问题 and the handler disagrees; COLLECTIVE_DISCUSSION_NOT_ALLOWED otherwise. A discussion that decided to
    /// proceed lets the decision be made on that proposal.
    /// </summary>
    Task<CaseView> RecordCollectiveDiscussionAsync(RecordCollectiveDiscussionCommand command);

    /// <summary>Extends the time limit of the review with the reviewer once, as the agency head approved; REVIEW_EXTENSION_USED the second time.</summary>
    Task<CaseView> ExtendReviewTimeLimitAsync(ExtendReviewTimeLimitCommand command);

    /// <summary>Whether the case's decision is major (重大执法决定) and which catalog rules matched; its decision then needs a passed review (REVIEW_REQUIRED).</summary>
    Task<MajorDecision> EvaluateMajorDecisionAsync();

    /// <summary>Adds an audio-visual record (音像记录) made on a step.</summary>
    Task<CaseView> AddRecordingAsync(AddRecordingCommand command);

    /// <summary>Adds a piece of evidence (证据) gathered on a step.</summary>
    Task<CaseView> AddEvidenceAsync(AddEvidenceCommand command);

    /// <summary>
    /// Issues a document (执法文书) of the sector's template: the case's facts fill the fields the caller left
    /// empty, the document takes its official number and its .docx enters the chain. DOCUMENT_KIND_UNKNOWN
    /// for a kind the sector has no template for.
    /// </summary>
    Task<CaseDocumentView> IssueDocumentAsync(IssueDocumentCommand command);

    /// <summary>Attaches the signed or scanned copy of an issued document (e.g. the signed 送达回证).</summary>
    Task<CaseView> AttachSignedCopyAsync(AttachSignedCopyCommand command);

    /// <summary>
    /// The decision's text beside the masked record that publishing it with <paramref name="text"/> would put out
    /// (事后公开); DISCLOSURE_NOT_FOUND before the decision is made.
    /// </summary>
    Task<DisclosurePreview> PreviewDisclosureAsync(DisclosureText text);

    /// <summary>
    /// Publishes the decision: refused with DISCLOSURE_PREVIEW_CHANGED unless the masked record's hash is the one the caller
    /// was shown, DISCLOSURE_NOT_PUBLISHABLE for a decision barred from publishing, DISCLOSURE_ALREADY_PUBLISHED once published.
    /// </summary>
    Task<DisclosureEntry> PublishDisclosureAsync(PublishDisclosureCommand command);

    /// <summary>Replaces the published record with a corrected one (a reason is required); DISCLOSURE_NOT_PUBLISHED unless published.</summary>
    Task<DisclosureEntry> CorrectDisclosureAsync(CorrectDisclosureCommand command);

    /// <summary>Withdraws the published record with a reason: a tombstone event, never a deletion.</summary>
    Task<DisclosureEntry> WithdrawDisclosureAsync(WithdrawDisclosureCommand command);

    /// <summary>Records that the decision is not published (state or trade secret, privacy, a minor), with the reason.</summary>
    Task<DisclosureEntry> WithholdDisclosureAsync(WithholdDisclosureCommand command);

    /// <summary>The case's record as stored: every event with its hashes.</summary>
    Task<IReadOnlyList<CaseEventView>> GetEventsAsync();

    /// <summary>Recomputes the case's chain from its stored events and says whether it is intact.</summary>
    Task<CaseVerification> VerifyAsync();

    /// <summary>
    /// Recomputes the deadlines on the platform's current calendar (after an amendment such as
    /// 国办发明电〔2019〕3号) and records the result when any date changed.
    /// </summary>
    Task<CaseView> RecomputeDeadlinesAsync(string actor);
}
