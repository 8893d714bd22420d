using System.Text.Json.Nodes;

namespace SanXiang.Plugins;

/// <summary>
/// One item of a list being assembled from the base and a plugin's changes: its JSON, and the node
/// (in <paramref name="File"/>) that gave it its present form, for errors found later.
/// </summary>
internal sealed record InheritedItem(JsonObject Value, LocatedJson File, JsonNode Node);
