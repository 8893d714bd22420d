using SanXiang.Domain.Disclosures;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>disclosure.corrected</c>: the published record replaced by a corrected one, with the reason and the day the
/// inaccuracy was found (20 working days to correct it, <see cref="DisclosureRules.CorrectRule"/>).
/// </summary>
public sealed record DisclosureCorrected(
    PublishedDecision Record,
    string RecordHash,
    string Reason,
    DateOnly FoundOn,
    DateOnly? Due,
    string? DueError) : DisclosureEvent;
