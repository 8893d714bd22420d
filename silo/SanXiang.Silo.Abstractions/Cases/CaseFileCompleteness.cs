namespace SanXiang.Silo.Cases;

/// <summary>The case against its sector's 案卷标准: every listed document kind and whether it was issued.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseFileCompleteness(
    [property: Id(0)] IReadOnlyList<CaseFileItemView> Items,
    [property: Id(1)] bool Complete);
