using System.Text.Json.Nodes;

namespace SanXiang.Plugins;

/// <summary>
/// How a plugin names an item of the base to remove or change: the properties that identify it
/// (<see cref="Key"/>) and, for properties that hold a list or an object, how their own items are named.
/// </summary>
internal sealed record ItemSchema(string Noun, IReadOnlyList<string> Key, IReadOnlyDictionary<string, ItemSchema>? Nested = null)
{
    private static readonly ItemSchema Step = new("step", ["id"]);

    public static readonly ItemSchema Procedure = new("procedure", ["category"], new Dictionary<string, ItemSchema>
    {
        ["steps"] = Step,
        ["simplified"] = new("simplified procedure", [], new Dictionary<string, ItemSchema> { ["steps"] = Step }),
    });

    public static readonly ItemSchema Template = new("template", ["kind"], new Dictionary<string, ItemSchema>
    {
        ["fields"] = new("field", ["name"]),
    });

    public static readonly ItemSchema CaseFileStandard = new("case-file standard", ["category"], new Dictionary<string, ItemSchema>
    {
        ["items"] = new("case-file item", ["documentKind"]),
    });

    public static readonly ItemSchema ReviewCatalogEntry = new("review catalog entry", ["category", "condition"]);

    public static readonly ItemSchema AvItem = new("AV item", ["step", "description"]);

    public static readonly ItemSchema CreditMapping = new("credit mapping", ["form", "platformField"]);

    /// <summary>The schema of a property's value, or null when the property holds a plain value.</summary>
    public ItemSchema? Of(string property) => Nested?.GetValueOrDefault(property);

    public bool IsKeyProperty(string property) => Key.Contains(property);

    /// <summary>The key of <paramref name="item"/>: one JSON value per key property.</summary>
    public JsonNode?[] KeyOf(JsonObject item) => [.. Key.Select(k => item[k])];

    public bool HasKey(JsonObject item, JsonNode?[] key) =>
        Key.Select((k, i) => JsonNode.DeepEquals(item[k], key[i])).All(same => same);

    public string Describe(JsonNode?[] key) => $"{Noun} '{string.Join(" / ", key.Select(k => k?.ToString() ?? "null"))}'";
}
