using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanXiang.Plugins.Tests.Effective;

/// <summary>
/// Everything a plugin exposes through <see cref="ISectorPlugin"/>, one line per item in the order
/// the plugin gives it (Liquid sources included), so that a change to any of it shows as a line in a diff.
/// </summary>
internal static class EffectiveContent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEnumerable<string> Lines(ISectorPlugin plugin)
    {
        yield return Line("sector", plugin.Sector);
        foreach (var procedure in plugin.Procedures)
        {
            var at = $"procedure {procedure.Category}";
            yield return Line(at, new { procedure.Name });
            foreach (var step in procedure.Steps)
            {
                yield return Line($"{at} step {step.Id}", step);
            }

            if (procedure.Simplified is { } simplified)
            {
                yield return Line($"{at} simplified", new { simplified.MaxFineCitizen, simplified.MaxFineOrganisation, simplified.Article });
                foreach (var step in simplified.Steps)
                {
                    yield return Line($"{at} simplified step {step.Id}", step);
                }
            }
        }

        foreach (var template in plugin.DocumentTemplates)
        {
            using var reader = new StreamReader(plugin.OpenTemplate(template));
            yield return Line($"template {template.Kind}", new { template.Name, template.NumberingPattern, template.Resource, Liquid = reader.ReadToEnd() });
            foreach (var field in template.Fields)
            {
                yield return Line($"template {template.Kind} field {field.Name}", field);
            }
        }

        foreach (var standard in plugin.CaseFileStandards)
        {
            foreach (var item in standard.Items)
            {
                yield return Line($"case-file {standard.Category}", item);
            }
        }

        foreach (var entry in plugin.ReviewCatalogDefaults)
        {
            yield return Line("review-catalog", entry);
        }

        foreach (var item in plugin.AvItemDefaults)
        {
            yield return Line("av-item", item);
        }

        foreach (var mapping in plugin.CreditMappings)
        {
            yield return Line("credit", mapping);
        }

        yield return Line("components", plugin.Components.Select(c => c.FullName));
    }

    private static string Line<T>(string at, T value) => $"{at} {JsonSerializer.Serialize(value, Json)}";
}
