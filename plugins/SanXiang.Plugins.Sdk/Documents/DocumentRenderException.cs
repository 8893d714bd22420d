namespace SanXiang.Plugins;

/// <summary>
/// A template could not be rendered: a Liquid syntax error, an unknown filter or tag, or another
/// rendering failure. <see cref="TemplateName"/> and <see cref="Line"/> (1-based, null when it cannot
/// be located) point the template author at the cause.
/// </summary>
public sealed class DocumentRenderException(string templateName, int? line, string message, Exception? inner = null)
    : Exception(line is { } l ? $"{templateName}, line {l}: {message}" : $"{templateName}: {message}", inner)
{
    /// <summary>The template's name (its resource name when rendered from a plugin).</summary>
    public string TemplateName { get; } = templateName;

    /// <summary>The 1-based line of the Liquid source the error was found on, or null.</summary>
    public int? Line { get; } = line;
}
