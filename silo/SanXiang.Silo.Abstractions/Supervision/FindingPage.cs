namespace SanXiang.Silo.Supervision;

/// <summary>A page of findings; <see cref="HasMore"/> when another follows the last one's id.</summary>
[GenerateSerializer, Immutable]
public sealed record FindingPage(
    [property: Id(0)] IReadOnlyList<Finding> Items,
    [property: Id(1)] bool HasMore);
