namespace SanXiang.Plugins;

/// <summary>
/// A plugin's embedded resource is missing or invalid. <see cref="Resource"/> and <see cref="Line"/>
/// (1-based, null when the problem has no single line) tell the plugin author where to look; the
/// host reports the plugin as faulty and skips it.
/// </summary>
public sealed class PluginResourceException(string resource, int? line, string message, Exception? inner = null)
    : Exception(line is { } l ? $"Plugin resource '{resource}', line {l}: {message}" : $"Plugin resource '{resource}': {message}", inner)
{
    /// <summary>The resource's name, e.g. <c>procedures.json</c>.</summary>
    public string Resource { get; } = resource;

    /// <summary>The 1-based line, or null.</summary>
    public int? Line { get; } = line;
}
