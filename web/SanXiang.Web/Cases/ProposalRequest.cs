using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.Cases;

/// <summary>What a handler fills in to record or change the proposed decision; who and when the service adds.</summary>
public sealed record ProposalRequest(
    IReadOnlyList<PenaltyKind> Kinds,
    decimal Fine,
    decimal Confiscation,
    string LegalBasis,
    string FactsSummary,
    bool Complex);
