using System.Globalization;
using System.Text.Json;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// A value inside a catalog JSON file and its path. Every field the catalog knows must be present,
/// even when null, so that a forgotten field is an error and not a silent default; a wrong or
/// missing value is reported at its line and read as null, so checking goes on and one start-up
/// lists every problem.
/// </summary>
internal readonly record struct JsonCursor(JsonSource Source, JsonElement Element, string Path)
{
    public int Line => Source.LineOf(Path);

    public void Report(string message) => Source.Problems.Add(Source.File, Line, message);

    public void Warn(string message) => Source.Problems.Warn(Source.File, Line, message);

    public bool ExpectObject(string what)
    {
        if (Element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Report($"{what}应为 JSON 对象（{{…}}）。");
        return false;
    }

    /// <summary>Reports fields the catalog does not know: most likely a typo of one it does.</summary>
    public void AllowOnly(IReadOnlyCollection<string> fields)
    {
        foreach (var property in Element.EnumerateObject())
        {
            if (!fields.Contains(property.Name))
            {
                Field(property.Name).Report($"未知字段“{property.Name}”；可用字段：{string.Join("、", fields)}。");
            }
        }
    }

    public JsonCursor? Get(string name)
    {
        if (Element.TryGetProperty(name, out var value))
        {
            return Field(name) with { Element = value };
        }

        Report($"缺少字段“{name}”。");
        return null;
    }

    public JsonCursor Field(string name) => new(Source, default, Path + "." + name);

    public string? String(string name) => NullableString(name, required: true);

    public string? OptionalString(string name) => NullableString(name, required: false);

    public int? Int(string name)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.Element.ValueKind == JsonValueKind.Number && value.Element.TryGetInt32(out var number))
        {
            return number;
        }

        value.Report($"字段“{name}”应为整数。");
        return null;
    }

    public DateOnly? Date(string name, bool required)
    {
        var text = NullableString(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Field(name).Report($"字段“{name}”的日期“{text}”无效，应写作 yyyy-MM-dd（如 2019-06-01）。");
        return null;
    }

    public IReadOnlyList<JsonCursor> Array(string name)
    {
        if (Get(name) is not { } value)
        {
            return [];
        }

        if (value.Element.ValueKind != JsonValueKind.Array)
        {
            value.Report($"字段“{name}”应为数组（[…]）。");
            return [];
        }

        var items = new List<JsonCursor>();
        var index = 0;
        foreach (var item in value.Element.EnumerateArray())
        {
            items.Add(new JsonCursor(Source, item, $"{value.Path}[{index++}]"));
        }

        return items;
    }

    /// <summary>An object field that may be null; null also when it is missing or not an object (both reported).</summary>
    public JsonCursor? OptionalObject(string name)
    {
        if (Get(name) is not { } value || value.Element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ExpectObject($"字段“{name}”") ? value : null;
    }

    private string? NullableString(string name, bool required)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        switch (value.Element.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.Element.GetString()):
                return value.Element.GetString()!.Trim();
            case JsonValueKind.String:
                value.Report(required ? $"字段“{name}”不能为空。" : $"字段“{name}”不能是空字符串；没有时请写 null。");
                return null;
            case JsonValueKind.Null when !required:
                return null;
            case JsonValueKind.Null:
                value.Report($"字段“{name}”不能为 null。");
                return null;
            default:
                value.Report($"字段“{name}”应为字符串。");
                return null;
        }
    }
}
