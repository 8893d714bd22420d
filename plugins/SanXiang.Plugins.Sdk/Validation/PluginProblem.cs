namespace SanXiang.Plugins.Validation;

/// <summary>
/// Why a plugin cannot be used, in Chinese for the console, with the file (assembly, resource or
/// template) and line where they are known.
/// </summary>
public sealed record PluginProblem(string Message, string? File = null, int? Line = null)
{
    public override string ToString() =>
        File is null ? Message : Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
