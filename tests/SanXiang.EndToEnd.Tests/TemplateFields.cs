using System.Text.Json;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// The required fields of the 市场监管 plugin's document templates with their sample values, read from the plugin's
/// content in the source tree (the base templates, the sector's overrides, additions and samples), less the facts the
/// case grain fills itself — what an officer would type into the document form.
/// </summary>
internal static class TemplateFields
{
    private static readonly HashSet<string> CaseFacts =
    [
        "agency_name", "case_number", "cause", "party_name", "party_code", "applicant", "handlers", "officers", "certificate_numbers", "filing_date", "date", "document_number",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Value)>>> Required = new(Load);

    public static IReadOnlyList<object> For(string kind) =>
        [.. Required.Value.GetValueOrDefault(kind, []).Select(f => new { name = f.Name, value = f.Value })];

    private static IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Value)>> Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SanXiang.sln")))
        {
            root = root.Parent;
        }

        var plugins = Path.Combine(root?.FullName ?? throw new InvalidOperationException("SanXiang.sln not found above the test's folder."), "plugins");
        using var baseJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(plugins, "SanXiang.Plugins.Base", "Content", "templates.json")));
        using var sectorJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(plugins, "SanXiang.Plugins.MarketRegulation", "Content", "templates.json")));
        var sector = sectorJson.RootElement;
        var samples = sector.GetProperty("samples").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
        var fields = baseJson.RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("kind").GetString()!, t => t.GetProperty("fields").EnumerateArray().Select(f => f.Clone()).ToList());
        foreach (var changed in sector.GetProperty("override").EnumerateArray().Concat(sector.GetProperty("add").EnumerateArray()))
        {
            if (!changed.TryGetProperty("fields", out var changes))
            {
                continue;
            }

            var kind = changed.GetProperty("kind").GetString()!;
            // A whole list, or changes to the base's (remove, override, add) as the plugin SDK reads them; overrides change samples only.
            if (changes.ValueKind == JsonValueKind.Array)
            {
                fields[kind] = [.. changes.EnumerateArray().Select(f => f.Clone())];
                continue;
            }

            var list = fields.GetValueOrDefault(kind) ?? [];
            if (changes.TryGetProperty("remove", out var removed))
            {
                var names = removed.EnumerateArray().Select(r => r.GetString()).ToHashSet();
                list.RemoveAll(f => names.Contains(f.GetProperty("name").GetString()));
            }

            if (changes.TryGetProperty("add", out var added))
            {
                list.AddRange(added.EnumerateArray().Select(f => f.Clone()));
            }

            fields[kind] = list;
        }

        return fields.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<(string, string)>)[.. t.Value
                .Where(f => f.TryGetProperty("required", out var required) && required.GetBoolean() && !CaseFacts.Contains(f.GetProperty("name").GetString()!))
                .Select(f => (f.GetProperty("name").GetString()!, samples.GetValueOrDefault(f.GetProperty("name").GetString()!) ?? (f.TryGetProperty("sample", out var sample) ? sample.GetString() ?? "" : "")))]);
    }
}
