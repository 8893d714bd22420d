using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>decision.proposed</c>: the decision the case proposes, recorded or changed, named by its
/// <see cref="DecisionProposal.Hash"/>; a legal review passed on an earlier proposal no longer counts.
/// </summary>
public sealed record DecisionProposed(
    DecisionProposal Proposal,
    string ProposalHash) : CaseEvent;
