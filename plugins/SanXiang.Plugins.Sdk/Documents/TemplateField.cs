namespace SanXiang.Plugins;

/// <summary>A field a template takes: its name in the Liquid source, Chinese label, type, whether required, and a sample value for previews and the contract kit.</summary>
[GenerateSerializer, Immutable]
public sealed record TemplateField(
    [property: Id(0)] string Name,
    [property: Id(1)] string Label,
    [property: Id(2)] FieldType Type,
    [property: Id(3)] bool Required,
    [property: Id(4)] string Sample);
