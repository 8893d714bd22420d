using SanXiang.Domain.Cases.Events;

namespace SanXiang.Domain.Cases.Events;

/// <summary>The case event kinds, stable strings shared with the case-file export and the offline verifier.</summary>
public static class CaseEventCodec
{
    public static EventCodec<CaseEvent> Instance { get; } = new EventCodec<CaseEvent>()
        .Map<CaseOpened>("case.opened")
        .Map<StepCompleted>("step.completed")
        .Map<StepSkipped>("step.skipped")
        .Map<RecordingAdded>("recording.added")
        .Map<EvidenceAdded>("evidence.added")
        .Map<DocumentIssued>("document.issued")
        .Map<SignedCopyAttached>("document.signed-copy")
        .Map<DeadlinesRecomputed>("deadlines.recomputed")
        .Map<CaseClosed>("case.closed")
        .Map<DecisionProposed>("decision.proposed")
        .Map<ReviewOpinionRecorded>("review.opinion-recorded")
        .Map<ReviewSubmitted>("review.submitted")
        .Map<SupplementRequested>("review.supplement-requested")
        .Map<CollectiveDiscussionRecorded>("review.collective-discussion")
        .Map<ReviewTimeLimitExtended>("review.time-limit-extended")
        .Map<DisclosureDrafted>("disclosure.drafted")
        .Map<DisclosureWithheld>("disclosure.withheld")
        .Map<DisclosurePublished>("disclosure.published")
        .Map<DisclosureCorrected>("disclosure.corrected")
        .Map<DisclosureWithdrawn>("disclosure.withdrawn");
}
