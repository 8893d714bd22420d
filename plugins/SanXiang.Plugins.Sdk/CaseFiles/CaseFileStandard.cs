namespace SanXiang.Plugins;

/// <summary>案卷标准: the document kinds an archived case of a category must contain, in filing order; optional ones only when their step took place.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseFileStandard(
    [property: Id(0)] EnforcementCategory Category,
    [property: Id(1)] IReadOnlyList<CaseFileItem> Items);
