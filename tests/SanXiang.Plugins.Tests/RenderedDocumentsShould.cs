namespace SanXiang.Plugins.Tests;

public sealed class RenderedDocumentsShould : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sanxiang-plugins-").FullName;

    [Fact]
    public async Task OpenInLibreOfficeWithTheirChineseText()
    {
        var rendered = new Dictionary<string, DocumentTemplate>();
        foreach (var id in Plugins.SectorIds)
        {
            var plugin = Plugins.Get(id);
            var template = plugin.DocumentTemplates.Single(t => t.Kind == "penalty-decision");
            var file = Path.Combine(directory, $"{id}.docx");
            await File.WriteAllBytesAsync(file, DocumentRenderer.Render(plugin, template, Plugins.Samples(template)));
            rendered[id] = template;
        }

        await LibreOffice.ConvertToPdfAsync(directory, rendered.Keys.Select(id => Path.Combine(directory, $"{id}.docx")));

        foreach (var (id, template) in rendered)
        {
            var text = Flatten(await LibreOffice.PdfTextAsync(Path.Combine(directory, $"{id}.pdf")));
            Assert.Contains("行政处罚决定书", text, StringComparison.Ordinal);
            Assert.Contains(template.Fields.Single(f => f.Name == "document_number").Sample, text, StringComparison.Ordinal);
            Assert.Contains(Flatten(template.Fields.Single(f => f.Name == "party_name").Sample), text, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    // pdftotext breaks lines where the page does; the words are what must survive.
    private static string Flatten(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
