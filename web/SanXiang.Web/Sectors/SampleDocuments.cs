using SanXiang.Plugins;
using SanXiang.Plugins.Validation;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Host;
using SanXiang.Silo.Sectors;

namespace SanXiang.Web.Sectors;

/// <summary>
/// Sample renderings of a sector's document formats, filled with the template's sample values,
/// written under the data directory (samples/&lt;sector&gt;/&lt;version&gt;/&lt;kind&gt;.docx) so that the
/// download endpoint serves a file rather than rendering on every click.
/// </summary>
public sealed class SampleDocuments(ISectorRegistry registry, SanXiangOptions options)
{
    public const string DownloadPath = "/documents/samples";

    public async Task<SampleDocument> RenderAsync(string sectorId, string kind, CancellationToken cancellationToken = default)
    {
        var (plugin, template) = Find(sectorId, kind);
        var file = PathOf(plugin, template);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var bytes = DocumentRenderer.Render(plugin, template, TemplateSamples.For(template));
            var partial = file + "." + Guid.NewGuid().ToString("N");
            await File.WriteAllBytesAsync(partial, bytes, cancellationToken);
            File.Move(partial, file, overwrite: true);
        }

        var url = $"{DownloadPath}/{Uri.EscapeDataString(plugin.Sector.Id)}/{Uri.EscapeDataString(template.Kind)}";
        return new SampleDocument(TemplateSamples.FileName(template), url, file);
    }

    /// <summary>The stored file of an earlier <see cref="RenderAsync"/>, or null.</summary>
    public SampleDocument? Stored(string sectorId, string kind)
    {
        var (plugin, template) = Find(sectorId, kind);
        var file = PathOf(plugin, template);
        return File.Exists(file) ? new SampleDocument(TemplateSamples.FileName(template), string.Empty, file) : null;
    }

    private (ISectorPlugin Plugin, DocumentTemplate Template) Find(string sectorId, string kind)
    {
        var plugin = registry.Find(sectorId)
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"没有已加载的执法领域“{sectorId}”。");
        var template = plugin.DocumentTemplates.FirstOrDefault(t => t.Kind == kind)
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"执法领域“{plugin.Sector.Name}”没有文书种类“{kind}”。");
        return (plugin, template);
    }

    // Ids and kinds come from plugins, not from callers (both were looked up above), but a plugin
    // could still use characters a file name cannot hold; those are replaced.
    private string PathOf(ISectorPlugin plugin, DocumentTemplate template) =>
        Path.Combine(options.FullDataDir, "samples", Safe(plugin.Sector.Id), Safe(plugin.Sector.Version), Safe(template.Kind) + ".docx");

    private static string Safe(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c == '.' ? '_' : c));
}
