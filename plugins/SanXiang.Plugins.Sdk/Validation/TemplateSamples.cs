using System.Globalization;

namespace SanXiang.Plugins.Validation;

/// <summary>The values a template is previewed and checked with: each field's sample, and a document number in the template's own pattern.</summary>
public static class TemplateSamples
{
    /// <summary>The field name the host passes the formatted document number in (Documents/MARKUP.md).</summary>
    public const string DocumentNumberField = "document_number";

    public static IReadOnlyDictionary<string, object?> For(DocumentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var values = template.Fields.ToDictionary(f => f.Name, object? (f) => f.Sample, StringComparer.Ordinal);
        if (template.NumberingPattern is { } pattern && !values.ContainsKey(DocumentNumberField))
        {
            values[DocumentNumberField] = DocumentNumberPattern.Parse(pattern).Format("某", DateTime.Now.Year, 1);
        }

        return values;
    }

    /// <summary>A file name for a sample rendering, e.g. <c>penalty-decision-样例.docx</c>.</summary>
    public static string FileName(DocumentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return string.Create(CultureInfo.InvariantCulture, $"{template.Kind}-样例.docx");
    }
}
