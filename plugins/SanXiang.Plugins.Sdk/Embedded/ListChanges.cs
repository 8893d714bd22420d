using System.Text.Json.Nodes;

namespace SanXiang.Plugins;

/// <summary>
/// Applies a plugin's changes to a list it inherits (PLUGINS.md, "Inherit the common formats"):
/// <c>remove</c> names items by key, <c>override</c> names an item by key and gives only the
/// properties that differ, <c>add</c> gives whole new items, in that order. An override or an
/// addition may say where it goes with <c>before</c> or <c>after</c> (a key); otherwise an override
/// keeps its place and an addition goes last. Naming a key the list does not have, or adding one it
/// has, is an error at the line of the plugin's file that says so.
/// </summary>
internal sealed class ListChanges(LocatedJson source)
{
    public const string Remove = "remove";
    public const string Override = "override";
    public const string Add = "add";

    private const string Before = "before";
    private const string After = "after";

    /// <param name="inherited">An extra section of <paramref name="changes"/>, applied to the items left after removals (templates.json's samples).</param>
    public void Apply(List<InheritedItem> items, JsonObject changes, ItemSchema schema, (string Section, Action<List<InheritedItem>, JsonNode> Apply)? inherited = null)
    {
        foreach (var (name, value) in changes)
        {
            if (name is not (Remove or Override or Add) && name != inherited?.Section)
            {
                throw source.Error(value ?? changes, $"'{name}' is not a section of a change to the base's {schema.Noun}s (remove, override, add{(inherited is { } extra ? ", " + extra.Section : "")}).");
            }
        }

        foreach (var entry in Section(changes, Remove))
        {
            items.RemoveAt(IndexOf(items, Reference(entry, schema, Remove), schema, entry ?? changes, Remove));
        }

        if (inherited is { } hook && changes[hook.Section] is { } hookValue)
        {
            hook.Apply(items, hookValue);
        }

        foreach (var entry in Section(changes, Override))
        {
            var change = entry as JsonObject ?? throw source.Error(entry ?? changes, $"an override is an object naming a {schema.Noun} by {string.Join(" and ", schema.Key)}.");
            var index = IndexOf(items, KeyOf(change, schema, Override), schema, change, Override);
            Merge(items[index].Value, change, schema);
            var item = items[index] with { File = source, Node = change };
            items.RemoveAt(index);
            items.Insert(Position(change, items, schema) ?? index, item);
        }

        foreach (var entry in Section(changes, Add))
        {
            var added = entry as JsonObject ?? throw source.Error(entry ?? changes, $"an addition is a whole {schema.Noun}.");
            var key = KeyOf(added, schema, Add);
            if (items.Any(i => schema.HasKey(i.Value, key)))
            {
                throw source.Error(added, $"adds {schema.Describe(key)}, which is already there: override it instead.");
            }

            var value = (JsonObject)added.DeepClone();
            value.Remove(Before);
            value.Remove(After);
            items.Insert(Position(added, items, schema) ?? items.Count, new InheritedItem(value, source, added));
        }
    }

    /// <summary>Gives <paramref name="target"/> the properties <paramref name="change"/> sets; objects merge, everything else replaces.</summary>
    private void Merge(JsonObject target, JsonObject change, ItemSchema schema)
    {
        foreach (var (name, value) in change)
        {
            if (schema.IsKeyProperty(name) || name is Before or After)
            {
                continue;
            }

            if (!target.ContainsKey(name))
            {
                throw source.Error(value ?? change, $"a {schema.Noun} has no property '{name}'.");
            }

            var nested = schema.Of(name);
            switch (value, target[name])
            {
                case (JsonObject list, JsonArray current):
                    if (nested is not { Key.Count: > 0 })
                    {
                        throw source.Error(list, $"the items of '{name}' have no key to name them by: give the whole list.");
                    }

                    var items = current.Select(n => new InheritedItem(n as JsonObject ?? throw source.Error(list, $"'{name}' holds something other than objects."), source, list)).ToList();
                    Apply(items, list, nested);
                    current.Clear();
                    items.ForEach(i => current.Add(i.Value));
                    break;
                case (JsonObject part, JsonObject current):
                    Merge(current, part, nested ?? new ItemSchema(name, []));
                    break;
                default:
                    target[name] = value?.DeepClone();
                    break;
            }
        }
    }

    private int? Position(JsonObject entry, List<InheritedItem> items, ItemSchema schema)
    {
        var before = entry[Before];
        var after = entry[After];
        if (before is not null && after is not null)
        {
            throw source.Error(entry, $"give '{Before}' or '{After}', not both.");
        }

        return before is not null ? IndexOf(items, Reference(before, schema, Before), schema, before, Before)
            : after is not null ? IndexOf(items, Reference(after, schema, After), schema, after, After) + 1
            : null;
    }

    private IEnumerable<JsonNode?> Section(JsonObject changes, string name) => changes[name] switch
    {
        null => [],
        JsonArray entries => [.. entries],
        var other => throw source.Error(other, $"'{name}' is a list."),
    };

    private int IndexOf(List<InheritedItem> items, JsonNode?[] key, ItemSchema schema, JsonNode at, string section)
    {
        var index = items.FindIndex(i => schema.HasKey(i.Value, key));
        return index >= 0 ? index : throw source.Error(at, $"'{section}' names {schema.Describe(key)}, which the list does not have.");
    }

    /// <summary>A key as remove, before and after write it: the value itself for a one-property key, else an object of the key's properties.</summary>
    private JsonNode?[] Reference(JsonNode? entry, ItemSchema schema, string section) => entry switch
    {
        JsonValue value when schema.Key.Count == 1 => [value],
        JsonObject key when key.Count == schema.Key.Count => KeyOf(key, schema, section),
        _ => throw source.Error(entry, $"'{section}' names a {schema.Noun} by {Form(schema)}."),
    };

    private JsonNode?[] KeyOf(JsonObject entry, ItemSchema schema, string section) =>
        schema.Key.All(entry.ContainsKey)
            ? schema.KeyOf(entry)
            : throw source.Error(entry, $"'{section}' names a {schema.Noun} by {Form(schema)}.");

    private static string Form(ItemSchema schema) =>
        schema.Key.Count == 1 ? $"its {schema.Key[0]}" : $"an object of its {string.Join(" and ", schema.Key)}";
}
