namespace SanXiang.Plugins;

[GenerateSerializer, Immutable]
public sealed record CaseFileItem(
    [property: Id(0)] string DocumentKind,
    [property: Id(1)] bool Required);
