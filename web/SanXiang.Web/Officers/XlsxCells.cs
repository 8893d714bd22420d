using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SanXiang.Web.Officers;

/// <summary>
/// The first worksheet of an .xlsx as rows of text (row 1 to the last row, empty rows included so
/// that row numbers in messages match what the user sees), dates written as yyyy-MM-dd. Read with
/// the Open XML SDK directly: ClosedXML 0.95 (the newest the package mirror has) fails at run time
/// against the Open XML SDK 3 that the document templates need.
/// </summary>
public static partial class XlsxCells
{
    public static IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Read(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("no worksheet");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);

        var cells = new Dictionary<(int Row, int Column), string>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var rowNumber = (int)(row.RowIndex?.Value ?? 0);
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                var text = Text(cell, strings, dateStyles);
                if (text.Length > 0)
                {
                    cells[(rowNumber, column)] = text;
                }
            }
        }

        if (cells.Count == 0)
        {
            return [];
        }

        var lastRow = cells.Keys.Max(k => k.Row);
        var lastColumn = cells.Keys.Max(k => k.Column);
        return [.. Enumerable.Range(1, lastRow).Select(r => (r, (IReadOnlyList<string>)[.. Enumerable.Range(1, lastColumn).Select(c => cells.GetValueOrDefault((r, c), string.Empty))]))];
    }

    private static string Text(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
                ? DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)

                // Certificate numbers typed as numbers must not come back as 4.11E+13.
                : number.ToString("0.################", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    // Styles whose number format shows a date: the built-in date formats (ECMA-376 §18.8.30:
    // 14–22, 45–47) and custom formats with day, month or year parts outside quotes and brackets.
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var customDates = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && DatePart().IsMatch(QuotedOrBracketed().Replace(code, string.Empty)))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var result = new HashSet<uint>();
        uint index = 0;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column;
    }

    [GeneratedRegex("[ydm]", RegexOptions.IgnoreCase)]
    private static partial Regex DatePart();

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]")]
    private static partial Regex QuotedOrBracketed();
}
