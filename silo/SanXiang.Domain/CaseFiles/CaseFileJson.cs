using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanXiang.Domain.CaseFiles;

/// <summary>The JSON shape of the case file: camelCase like the event payloads, Chinese left readable.</summary>
public static class CaseFileJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Readable Chinese in a file people open; the zip is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>For <c>events.jsonl</c>: one event per line.</summary>
    public static JsonSerializerOptions Lines { get; } = new(Options) { WriteIndented = false };
}
