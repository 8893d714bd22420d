using System.Text.Json;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// A parsed catalog JSON file that remembers on which line every value stands, so that an error
/// found after parsing (a bad region code, an unknown parent) still names its line.
/// </summary>
internal sealed class JsonSource
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowDuplicateProperties = false,
    };

    private readonly JsonDocument document;
    private readonly Dictionary<string, int> lines;

    private JsonSource(string file, JsonDocument document, Dictionary<string, int> lines, CatalogProblems problems)
    {
        File = file;
        this.document = document;
        this.lines = lines;
        Problems = problems;
    }

    public string File { get; }

    public CatalogProblems Problems { get; }

    public JsonCursor Root => new(this, document.RootElement, "$");

    /// <summary>Parses the file, or reports where it is not JSON and returns null.</summary>
    public static JsonSource? Parse(string file, byte[] bytes, CatalogProblems problems)
    {
        var json = Utf8Text.WithoutBom(bytes);
        try
        {
            var document = JsonDocument.Parse(json, DocumentOptions);
            return new JsonSource(file, document, JsonLineIndex.Build(json.Span), problems);
        }
        catch (JsonException ex)
        {
            // JsonException counts lines from 0.
            // The reader's message repeats the position 0-based; ours is 1-based, so drop its copy.
            var detail = ex.Message.Split(" LineNumber:", 2)[0];
            problems.Add(file, (int)(ex.LineNumber ?? 0) + 1, $"不是有效的 JSON（约第 {(ex.BytePositionInLine ?? 0) + 1} 字节处）：{detail}");
            return null;
        }
    }

    public int LineOf(string path) => lines.TryGetValue(path, out var line) ? line : 0;
}
