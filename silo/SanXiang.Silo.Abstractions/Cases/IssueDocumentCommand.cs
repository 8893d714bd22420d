namespace SanXiang.Silo.Cases;

/// <param name="Kind">The template's kind, e.g. <c>penalty-decision</c>.</param>
/// <param name="Fields">Values by the template's field names; the case's facts fill the ones left out.</param>
[GenerateSerializer, Immutable]
public sealed record IssueDocumentCommand(
    [property: Id(0)] string StepId,
    [property: Id(1)] string Kind,
    [property: Id(2)] IReadOnlyDictionary<string, string> Fields,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At);
