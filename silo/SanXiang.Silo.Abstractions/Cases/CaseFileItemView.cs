namespace SanXiang.Silo.Cases;

[GenerateSerializer, Immutable]
public sealed record CaseFileItemView(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Required,
    [property: Id(3)] bool Present);
