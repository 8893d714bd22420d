using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace SanXiang.Plugins.Testing;

/// <summary>What the Open XML SDK's validator finds wrong in a .docx: anything here may make Word refuse or "repair" the file.</summary>
public static class DocxValidation
{
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }
}
