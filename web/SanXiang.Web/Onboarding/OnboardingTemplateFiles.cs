using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SanXiang.Web.Onboarding;

/// <summary>
/// The blank files a department fills in: one workbook with a worksheet per sheet, or one .csv per sheet (UTF-8 with a
/// BOM, which Excel on a Chinese Windows opens as UTF-8), each with the Chinese header row the import reads.
/// </summary>
public static class OnboardingTemplateFiles
{
    /// <summary>The .csv file names, in ASCII for the download's address, and the sheet each holds.</summary>
    public static IReadOnlyDictionary<string, string> CsvNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["agencies"] = OnboardingColumns.AgencySheet,
        ["org-units"] = OnboardingColumns.OrgUnitSheet,
        ["officers"] = OnboardingColumns.OfficerSheet,
        ["leading-group"] = OnboardingColumns.LeadingGroupSheet,
    };

    public static byte[] Xlsx() => Workbook(OnboardingColumns.Sheets.Select(s => (s.Sheet, (IReadOnlyList<IReadOnlyList<string>>)[s.Columns])).ToList());

    public static byte[] Csv(string sheet)
    {
        var columns = OnboardingColumns.Sheets.Single(s => s.Sheet == sheet).Columns;
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(",", columns) + "\r\n")];
    }

    /// <summary>A workbook of the given sheets and rows, text written inline; the import and the benchmark fill it in.</summary>
    public static byte[] Workbook(IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    foreach (var cells in rows)
                    {
                        writer.WriteStartElement(new Row());
                        foreach (var text in cells)
                        {
                            writer.WriteElement(new Cell(new InlineString(new Text(text))) { DataType = CellValues.InlineString });
                        }

                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }
}
