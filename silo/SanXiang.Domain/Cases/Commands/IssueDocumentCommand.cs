namespace SanXiang.Domain.Cases;

/// <param name="Kind">The template's kind, e.g. <c>penalty-decision</c>.</param>
/// <param name="Fields">Values by the template's field names; the case's facts fill the ones left out.</param>
public sealed record IssueDocumentCommand(
    string StepId,
    string Kind,
    IReadOnlyDictionary<string, string> Fields,
    string Actor,
    DateTimeOffset At);
