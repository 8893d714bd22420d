using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SanXiang.Plugins;

/// <summary>
/// A JSON resource parsed into nodes that remember the line they start on, so that a problem found
/// while applying a plugin's changes to the base names the line of the plugin's own file.
/// </summary>
internal sealed class LocatedJson
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<JsonNode, int> lines = new(ReferenceEqualityComparer.Instance);
    private readonly int[] lineStarts;

    private LocatedJson(string resource, byte[] utf8)
    {
        Resource = resource;
        lineStarts = [0, .. utf8.Index().Where(b => b.Item == (byte)'\n').Select(b => b.Index + 1)];
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            Root = reader.Read() ? ReadValue(ref reader) : throw new PluginResourceException(resource, 1, "the resource is empty.");
            if (reader.Read())
            {
                throw new PluginResourceException(resource, Line(reader.TokenStartIndex), "more than one JSON value.");
            }
        }
        catch (JsonException ex)
        {
            // JsonException counts lines from 0.
            throw new PluginResourceException(resource, ex.LineNumber is { } line ? (int)line + 1 : null, ex.Message, ex);
        }
    }

    public string Resource { get; }

    public JsonNode? Root { get; }

    public static LocatedJson Parse(string resource, string text) => new(resource, Encoding.UTF8.GetBytes(text));

    /// <summary>The line <paramref name="node"/> starts on, or that of the nearest enclosing node (a JSON null has no node of its own).</summary>
    public int? LineOf(JsonNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            if (lines.TryGetValue(node, out var line))
            {
                return line;
            }
        }

        return null;
    }

    public PluginResourceException Error(JsonNode? node, string message) => new(Resource, LineOf(node), message);

    private JsonNode? ReadValue(ref Utf8JsonReader reader)
    {
        var line = Line(reader.TokenStartIndex);
        JsonNode? node = reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadObject(ref reader),
            JsonTokenType.StartArray => ReadArray(ref reader),
            JsonTokenType.Null => null,
            _ => JsonValue.Create(JsonElement.ParseValue(ref reader)),
        };
        if (node is not null)
        {
            lines[node] = line;
        }

        return node;
    }

    private JsonObject ReadObject(ref Utf8JsonReader reader)
    {
        var result = new JsonObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!result.TryAdd(name, ReadValue(ref reader)))
            {
                throw new PluginResourceException(Resource, Line(reader.TokenStartIndex), $"the property '{name}' is given twice.");
            }
        }

        return result;
    }

    private JsonArray ReadArray(ref Utf8JsonReader reader)
    {
        var result = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result.Add(ReadValue(ref reader));
        }

        return result;
    }

    private int Line(long offset)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
