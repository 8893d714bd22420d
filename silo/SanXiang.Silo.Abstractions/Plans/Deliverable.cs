namespace SanXiang.Silo.Plans;

/// <summary>Something the plan says must be filed or published by a date, and with whom.</summary>
[GenerateSerializer, Immutable]
public sealed record Deliverable(
    [property: Id(0)] string Name,
    [property: Id(1)] DateOnly Due,
    [property: Id(2)] string? SubmitTo);
