using System.Text.Json.Nodes;

namespace SanXiang.Plugins;

/// <summary>An item read from a plugin, with the node of the file (the plugin's or the base's) it took its form from.</summary>
internal sealed record Located<T>(T Value, LocatedJson File, JsonNode Node)
{
    public string Resource => File.Resource;

    /// <summary>The line of <paramref name="property"/> where the node gives it, else the node's own line.</summary>
    public int? Line(string? property = null) =>
        (property is not null && Node is JsonObject item && item[property] is { } value ? File.LineOf(value) : null) ?? File.LineOf(Node);
}
