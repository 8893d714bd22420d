using GraphQL;
using SanXiang.Domain.Disclosures;
using SanXiang.Web.GraphQL.Schema.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>
/// A published decision as the public reads it (masked), or the fact that it was withdrawn and why (then its content is
/// empty). <c>proofUrl</c> is the inclusion proof of the chain event <c>sequence</c> of case <c>caseId</c> in the agency's
/// log — the publication, its latest correction, or the withdrawal's tombstone.
/// </summary>
[Name("PublishedDecision")]
public sealed class PublishedDecisionNode(PublicDecision decision)
{
    [Id]
    public string TenantId => decision.TenantId;

    [Id]
    public string CaseId => decision.CaseId;

    public long Sequence => decision.RecordSequence;

    public string ProofUrl => $"/public/{Uri.EscapeDataString(decision.TenantId)}/proof?case={Uri.EscapeDataString(decision.CaseId)}&seq={decision.RecordSequence}";

    public DisclosureRecordNode Record => new(decision.Record);

    public string PublishedAt => IsoTime.Format(decision.PublishedAt);

    public string DisplayUntil => IsoDate.Format(decision.DisplayUntil);

    public bool Withdrawn => decision.Withdrawn;

    public string? WithdrawnAt => IsoTime.Format(decision.WithdrawnAt);

    public string? WithdrawReason => decision.WithdrawReason;

    public string? CorrectedAt => IsoTime.Format(decision.CorrectedAt);

    public string? CorrectReason => decision.CorrectReason;
}
