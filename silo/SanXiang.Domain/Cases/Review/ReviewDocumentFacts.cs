namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// What the legal-review opinion puts into the sector's 法制审核意见书 (the <c>legal-review</c> template), by its field names:
/// the reviewer, the submission's date, the proposal reviewed, the outcome and its reasons, and each of the seven points
/// (<c>check_1</c> … <c>check_7</c>, in the plans' order). The document is made from the opinion, so it says what the
/// reviewer recorded, no more: with no opinion on the current proposal it gets none of these.
/// </summary>
public static class ReviewDocumentFacts
{
    public static IReadOnlyDictionary<string, string> For(ReviewOpinion? opinion, ReviewSubmission? submission, DecisionProposal? proposal)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (opinion is null)
        {
            return facts;
        }

        facts["reviewer"] = $"{opinion.Reviewer.Name}（{opinion.Reviewer.CertificateNumber}）";
        facts["review_result"] = opinion.Outcome == ReviewOutcome.Agreed ? "同意" : "存在问题";
        facts["review_opinion"] = opinion.Reasons;
        if (submission?.Opinion == opinion)
        {
            facts["submitted_date"] = CaseDocumentFacts.ChineseDate(Engine.CaseDates.ChinaDate(submission.SubmittedAt));
        }

        if (proposal is not null && proposal.Hash == opinion.ProposalHash)
        {
            facts["proposed_decision"] = $"依据{proposal.LegalBasis}，拟给予{ReviewQueueEntry.Summarise(proposal)}。";
        }

        foreach (var check in opinion.Checks)
        {
            facts[$"check_{ReviewPoints.Number(check.Point)}"] = $"{(check.Finding is { } finding ? ReviewPoints.Name(finding) : "—")}。{check.Note}";
        }

        return facts;
    }
}
