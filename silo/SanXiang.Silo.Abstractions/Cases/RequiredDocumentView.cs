namespace SanXiang.Silo.Cases;

/// <summary>A document a step must produce, by template kind and name, and whether it was issued.</summary>
[GenerateSerializer, Immutable]
public sealed record RequiredDocumentView(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Present);
