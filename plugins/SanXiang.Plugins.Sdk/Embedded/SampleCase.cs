using System.Text.Json;
using System.Text.Json.Nodes;

namespace SanXiang.Plugins;

/// <summary>
/// templates.json's <c>samples</c>: the sector's own sample case (its agency, party, facts …) by
/// field name, given once instead of in every inherited template. Each value becomes the sample of
/// every field of that name in the templates the plugin inherits; its overrides may still set one
/// template's sample, and the templates it adds keep their own.
/// </summary>
internal static class SampleCase
{
    public const string Section = "samples";

    public static void Apply(List<InheritedItem> templates, JsonNode samples, LocatedJson source)
    {
        var byName = samples as JsonObject ?? throw source.Error(samples, $"'{Section}' is an object of sample values by field name.");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var fields = templates.SelectMany(t => t.Value["fields"] as JsonArray ?? []).OfType<JsonObject>();
        foreach (var field in fields)
        {
            if (field["name"] is JsonValue value && value.TryGetValue<string>(out var name) && byName[name] is { } sample)
            {
                if (sample.GetValueKind() != JsonValueKind.String)
                {
                    throw source.Error(sample, $"the sample of '{name}' is not a string.");
                }

                field["sample"] = sample.DeepClone();
                used.Add(name);
            }
        }

        foreach (var (name, sample) in byName.Where(p => !used.Contains(p.Key)))
        {
            throw source.Error(sample ?? byName, $"'{Section}' gives '{name}', a field no inherited template has.");
        }
    }
}
