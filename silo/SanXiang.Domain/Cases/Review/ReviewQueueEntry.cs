using System.Globalization;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// A case in the legal-review queue: its current proposal is submitted and waits for an opinion, with the reviewer
/// (<paramref name="Suspended"/> false, the clock running to <paramref name="Due"/>) or for the handler's supplements
/// (<paramref name="Suspended"/>, by <paramref name="SupplyBy"/>). <paramref name="ReviewerAccount"/> is the account of
/// the reviewer who last acted on it (asked for supplements, returned it), to whom a resubmission goes back. Derived
/// from the case's events alone (<see cref="Of"/>), live in the append's transaction and again by a rebuild.
/// </summary>
public sealed record ReviewQueueEntry(
    string TenantId,
    string CaseId,
    string Title,
    string PartyName,
    string ProposalSummary,
    DateTimeOffset SubmittedAt,
    DateOnly? Due,
    bool Suspended,
    DateOnly? SupplyBy,
    string? ReviewerId,
    string? ReviewerName,
    string? ReviewerAccount)
{
    /// <summary>The case's row of the queue, or null when no submission of its current proposal waits for an opinion.</summary>
    public static ReviewQueueEntry? Of(string tenantId, string caseId, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Closed || state.Submission is not { IsOpen: true } submission || submission.ProposalHash != state.ProposalHash || state.Proposal is not { } proposal)
        {
            return null;
        }

        var suspended = submission.Status == ReviewStatus.Suspended;
        return new ReviewQueueEntry(
            tenantId,
            caseId,
            state.Title,
            state.Party.Name,
            Summarise(proposal),
            submission.SubmittedAt,
            submission.Due,
            suspended,
            suspended ? submission.Supplement!.SupplyBy : null,
            submission.Reviewer?.Id,
            submission.Reviewer?.Name,
            submission.ReviewerAccount);
    }

    /// <summary>Past its due date on <paramref name="today"/>; a suspended review's clock stands still.</summary>
    public bool IsOverdueOn(DateOnly today) => !Suspended && Due is { } due && due < today;

    /// <summary>The proposal as a queue shows it: the kinds of penalty and the amounts, e.g. 罚款、没收违法所得（罚款200,000元，没收1,200元）.</summary>
    public static string Summarise(DecisionProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var amounts = new List<string>();
        if (proposal.Fine > 0)
        {
            amounts.Add($"罚款{Yuan(proposal.Fine)}元");
        }

        if (proposal.Confiscation > 0)
        {
            amounts.Add($"没收{Yuan(proposal.Confiscation)}元");
        }

        var kinds = string.Join("、", proposal.Kinds.Distinct().Order().Select(PenaltyKinds.Name));
        return amounts.Count == 0 ? kinds : $"{kinds}（{string.Join("，", amounts)}）";
    }

    private static string Yuan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
