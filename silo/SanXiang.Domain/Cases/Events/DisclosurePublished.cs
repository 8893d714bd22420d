using SanXiang.Domain.Disclosures;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>disclosure.published</c>: the masked record as published, its hash, the last day of its display period, and
/// whether it went out after its due day. The chain holds exactly the public text, so its inclusion proof proves it.
/// </summary>
public sealed record DisclosurePublished(
    PublishedDecision Record,
    string RecordHash,
    DateOnly DisplayUntil,
    bool Late) : DisclosureEvent;
