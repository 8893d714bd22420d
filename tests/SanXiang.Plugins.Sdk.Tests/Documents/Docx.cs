using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SanXiang.Plugins.Sdk.Tests.Documents;

/// <summary>Opens rendered bytes for assertions.</summary>
internal static class Docx
{
    public static Body Body(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }

    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }
}
