using System.Text.Json;
using System.Text.Json.Nodes;

namespace SanXiang.Plugins;

/// <summary>
/// Reads one list resource of a plugin over the common base embedded beside it (under
/// <see cref="BasePrefix"/>): a JSON array is the plugin's complete list and the base is not used;
/// a JSON object is a change to the base's list (<see cref="ListChanges"/>); no resource at all
/// takes the base's list as it is.
/// </summary>
internal sealed class InheritedContent(ResourceReader plugin, ResourceReader common)
{
    /// <summary>Where the base's resources are embedded in a plugin that imports SanXiang.Plugins.Base.props.</summary>
    public const string BasePrefix = "base/";

    public IReadOnlyList<Located<T>> Read<T>(string name, ItemSchema schema, (string Section, Action<List<InheritedItem>, JsonNode, LocatedJson> Apply)? inherited = null)
    {
        var own = plugin.Exists(name) ? LocatedJson.Parse(name, plugin.ReadText(name)) : null;
        if (own?.Root is JsonArray complete)
        {
            // Deserialised from the text itself, so that a mistake is reported at its own line.
            var values = plugin.ReadJson<List<T>>(name);
            return [.. values.Select((v, i) => new Located<T>(v, own, complete[i]!))];
        }

        if (!common.Exists(name))
        {
            throw new PluginResourceException(name, own is null ? null : 1, own is null
                ? "the resource is missing, and the plugin does not embed the common base (import SanXiang.Plugins.Base.props) it could inherit instead."
                : "the resource changes the common base, which the plugin does not embed (import SanXiang.Plugins.Base.props), or must be a JSON array: the complete list.");
        }

        var baseFile = LocatedJson.Parse(BasePrefix + name, common.ReadText(name));
        var items = (baseFile.Root as JsonArray ?? throw baseFile.Error(baseFile.Root, "the base's list is not a JSON array."))
            .Select(n => n as JsonObject ?? throw baseFile.Error(n, "an item of the base's list is not an object."))
            .Select(n => new InheritedItem(n, baseFile, n))
            .ToList();
        if (own is not null)
        {
            var changes = own.Root as JsonObject ?? throw own.Error(own.Root, "the resource must be a JSON array (the complete list) or an object (changes to the common base: remove, override, add).");
            new ListChanges(own).Apply(items, changes, schema, inherited is { } hook ? (hook.Section, (list, value) => hook.Apply(list, value, own)) : null);
        }

        return [.. items.Select(Deserialize<T>)];
    }

    private static Located<T> Deserialize<T>(InheritedItem item)
    {
        try
        {
            return new Located<T>(item.Value.Deserialize<T>(ResourceReader.Json) ?? throw item.File.Error(item.Node, "the item is null."), item.File, item.Node);
        }
        catch (JsonException ex)
        {
            // The serializer's line and position are those of the merged item, not of any file.
            var message = ex.Message.Split(" | LineNumber:", 2)[0];
            throw item.File.Error(item.Node, message);
        }
    }
}
