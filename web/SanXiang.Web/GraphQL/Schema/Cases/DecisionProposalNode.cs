using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>The decision a case proposes; a legal review names it by <c>hash</c>.</summary>
[Name("DecisionProposal")]
public sealed class DecisionProposalNode(DecisionProposal proposal, string hash)
{
    public IEnumerable<PenaltyKind> Kinds => proposal.Kinds;

    public decimal Fine => proposal.Fine;

    public decimal Confiscation => proposal.Confiscation;

    public string LegalBasis => proposal.LegalBasis;

    public string FactsSummary => proposal.FactsSummary;

    public bool Complex => proposal.Complex;

    public string Hash => hash;
}
