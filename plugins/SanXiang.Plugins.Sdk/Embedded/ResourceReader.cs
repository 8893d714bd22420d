using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SanXiang.Plugins;

/// <summary>Reads a plugin assembly's embedded resources by their logical name (a path with '/').</summary>
internal sealed class ResourceReader(Assembly assembly, string prefix)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Explicit, so that plugins still load in a host that turns reflection-based JSON off by default.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter() },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, string> names = assembly.GetManifestResourceNames()
        .ToDictionary(n => n.Replace('\\', '/'), n => n, StringComparer.Ordinal);

    public bool Exists(string name) => names.ContainsKey(prefix + name);

    /// <summary>The names (without the prefix) of the resources directly under the prefix, not in a folder below it.</summary>
    public IEnumerable<string> TopLevelNames =>
        names.Keys.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && !n.AsSpan(prefix.Length).Contains('/')).Select(n => n[prefix.Length..]);

    public Stream Open(string name) =>
        names.TryGetValue(prefix + name, out var actual) && assembly.GetManifestResourceStream(actual) is { } stream
            ? stream
            : throw new PluginResourceException(name, null, $"no embedded resource of that name in {assembly.GetName().Name}.");

    public string ReadText(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    public T ReadJson<T>(string name)
    {
        var text = ReadText(name);
        try
        {
            return JsonSerializer.Deserialize<T>(text, Json)
                ?? throw new PluginResourceException(name, 1, "the resource holds null.");
        }
        catch (JsonException ex)
        {
            // JsonException counts lines from 0.
            throw new PluginResourceException(name, ex.LineNumber is { } line ? (int)line + 1 : null, ex.Message, ex);
        }
    }
}
