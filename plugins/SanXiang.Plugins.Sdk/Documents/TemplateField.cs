namespace SanXiang.Plugins;

/// <summary>A field a template takes: its name in the Liquid source, Chinese label, type, whether required, and a sample value for previews and the contract kit.</summary>
public sealed record TemplateField(
    string Name,
    string Label,
    FieldType Type,
    bool Required,
    string Sample);
