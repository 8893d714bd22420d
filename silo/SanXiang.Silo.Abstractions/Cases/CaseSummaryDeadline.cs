namespace SanXiang.Silo.Cases;

/// <summary>An open dated deadline of a case: its due date and its description.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseSummaryDeadline(
    [property: Id(0)] DateOnly Due,
    [property: Id(1)] string Text);
