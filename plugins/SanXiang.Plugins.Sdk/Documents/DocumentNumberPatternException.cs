namespace SanXiang.Plugins;

/// <summary>A numbering pattern is malformed (braces, unknown placeholder, GB/T 9704 form), or values do not fit it.</summary>
public sealed class DocumentNumberPatternException(string pattern, string message)
    : FormatException($"Numbering pattern '{pattern}': {message}")
{
    /// <summary>The offending pattern, as written.</summary>
    public string Pattern { get; } = pattern;
}
