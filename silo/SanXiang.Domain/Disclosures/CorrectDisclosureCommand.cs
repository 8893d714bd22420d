namespace SanXiang.Domain.Disclosures;

/// <summary>Corrects a published decision: the corrected text, the hash of the masked record shown, the reason, and the day the inaccuracy was found.</summary>
public sealed record CorrectDisclosureCommand(
    DisclosureText Text,
    string ShownHash,
    string Reason,
    DateOnly FoundOn,
    string Actor,
    DateTimeOffset At);
