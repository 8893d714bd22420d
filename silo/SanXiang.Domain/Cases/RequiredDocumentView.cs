namespace SanXiang.Domain.Cases;

/// <summary>A document a step must produce, by template kind and name, and whether it was issued.</summary>
public sealed record RequiredDocumentView(
    string Kind,
    string Name,
    bool Present);
