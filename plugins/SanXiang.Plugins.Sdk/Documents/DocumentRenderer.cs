using SanXiang.Plugins.Markup;

namespace SanXiang.Plugins;

/// <summary>
/// Renders a document template: its Liquid source (DotLiquid) is filled with the field values and
/// must produce the line markup described in <c>Documents/MARKUP.md</c>, which becomes a .docx
/// (WordprocessingML, A4, GB/T 9704 fonts and margins, East Asian fonts set on every run).
/// </summary>
public static class DocumentRenderer
{
    /// <summary>Renders a plugin's template, reading its Liquid source with <see cref="ISectorPlugin.OpenTemplate"/>.</summary>
    /// <exception cref="DocumentRenderException">The Liquid source is invalid or fails to render; names the template's resource and line.</exception>
    public static byte[] Render(ISectorPlugin plugin, DocumentTemplate template, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(template);
        using var reader = new StreamReader(plugin.OpenTemplate(template));
        return Render(template.Resource, reader.ReadToEnd(), values);
    }

    /// <summary>Renders Liquid source to a .docx and returns its bytes.</summary>
    /// <param name="templateName">Used in error messages (e.g. <c>templates/penalty-decision.liquid</c>).</param>
    /// <param name="liquidSource">The template; its output is line markup.</param>
    /// <param name="values">Field values by field name; strings, numbers, lists and nested dictionaries are allowed.</param>
    /// <exception cref="DocumentRenderException">The Liquid source is invalid or fails to render.</exception>
    public static byte[] Render(string templateName, string liquidSource, IReadOnlyDictionary<string, object?> values)
    {
        using var output = new MemoryStream();
        Render(templateName, liquidSource, values, output);
        return output.ToArray();
    }

    /// <summary>Renders Liquid source to a .docx written to <paramref name="output"/> (which must be seekable).</summary>
    /// <exception cref="DocumentRenderException">The Liquid source is invalid or fails to render.</exception>
    public static void Render(string templateName, string liquidSource, IReadOnlyDictionary<string, object?> values, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var markup = RenderMarkup(templateName, liquidSource, values);
        DocxWriter.Write(MarkupParser.Parse(markup), output);
    }

    /// <summary>Runs only the Liquid step and returns the markup it produced (for previews and tests).</summary>
    /// <exception cref="DocumentRenderException">The Liquid source is invalid or fails to render.</exception>
    public static string RenderMarkup(string templateName, string liquidSource, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        ArgumentNullException.ThrowIfNull(liquidSource);
        ArgumentNullException.ThrowIfNull(values);
        return LiquidStage.Render(templateName, liquidSource, values);
    }
}
