namespace SanXiang.Domain.Disclosures;

/// <summary>
/// A case's disclosure as its events make it (<see cref="Cases.CaseState.Disclosure"/>): the draft, and what was done
/// with it. <see cref="RecordSequence"/> is the sequence number of the event that put the current public record (or
/// its tombstone) in the chain: the portal's verify link proves that event's inclusion in the agency's log.
/// </summary>
public sealed record CaseDisclosure(
    DisclosureDraft Draft,
    DisclosureStatus Status,
    DisclosureBar? Bar,
    string? BarReason,
    PublishedDecision? Record,
    string? RecordHash,
    long? RecordSequence,
    DateTimeOffset? PublishedAt,
    DateOnly? DisplayUntil,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawReason,
    DateOnly? WithdrawDue,
    DateTimeOffset? CorrectedAt,
    string? CorrectReason,
    DateOnly? CorrectDue,
    DateTimeOffset StatusAt)
{
    /// <summary>A new draft: withheld at once when the case itself bars it.</summary>
    public static CaseDisclosure Drafted(DisclosureDraft draft, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new CaseDisclosure(draft, draft.Bar is null ? DisclosureStatus.Draft : DisclosureStatus.Withheld, draft.Bar, null, null, null, null, null, null, null, null, null, null, null, null, at);
    }
}
