namespace SanXiang.Domain.Disclosures;

/// <summary>
/// A decision as the portal lists it, from the public columns alone: the masked record, where it stands in the chain
/// (<paramref name="RecordSequence"/>: the event whose inclusion proof the verify link asks for — the publication, the
/// latest correction, or the withdrawal's tombstone), and whether it was corrected or withdrawn and why.
/// </summary>
public sealed record PublicDecision(
    string TenantId,
    string CaseId,
    PublishedDecision Record,
    string RecordHash,
    long RecordSequence,
    DateTimeOffset PublishedAt,
    DateOnly DisplayUntil,
    bool Withdrawn,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawReason,
    DateTimeOffset? CorrectedAt,
    string? CorrectReason);
