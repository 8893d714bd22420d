namespace SanXiang.Domain.Disclosures;

/// <summary>
/// Publishes a case's decision: the text as edited (<paramref name="Text"/>), the <see cref="PublishedDecision.Hash"/>
/// of the masked record the staff member was shown, and for a ban the day it ends (it may set the display period).
/// </summary>
public sealed record PublishDisclosureCommand(
    DisclosureText Text,
    string ShownHash,
    DateOnly? RestrictionEnds,
    string Actor,
    DateTimeOffset At);
