using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SanXiang.Web.Officers;

/// <summary>
/// The first worksheet of an .xlsx as rows of text (row 1 to the last row, empty rows included so
/// that row numbers in messages match what the user sees), dates written as yyyy-MM-dd. Read with
/// the Open XML SDK directly: ClosedXML 0.95 (the newest the package mirror has) fails at run time
/// against the Open XML SDK 3 that the document templates need. Bounded before anything is built
/// (<see cref="SheetLimits"/>): the parts are unpacked once and counted, the sheet and its strings
/// are streamed element by element, and the declared extent and every cell's position are checked
/// before the table is laid out.
/// </summary>
public static partial class XlsxCells
{
    public static IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Read(Stream content) =>
        ReadSheets(content, firstOnly: true) is [var first, ..] ? first.Rows : throw new InvalidDataException("no worksheet");

    /// <summary>
    /// Every worksheet by its name, in the workbook's order (an onboarding workbook holds 机关, 内设机构, 执法人员 and
    /// 领导小组), each bounded by <see cref="SheetLimits"/> on its own, the unpacked size for the workbook as a whole.
    /// </summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Rows)> ReadSheets(Stream content) =>
        ReadSheets(content, firstOnly: false);

    private static IReadOnlyList<(string Name, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Rows)> ReadSheets(Stream content, bool firstOnly)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckUnpackedSize(content);
        content.Position = 0;

        using var document = SpreadsheetDocument.Open(content, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (sheets.Count == 0)
        {
            throw new InvalidDataException("no worksheet");
        }

        var strings = SharedStrings(workbook.SharedStringTablePart);
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
        return [.. sheets.Take(firstOnly ? 1 : sheets.Count).Select(s => (s.Name?.Value ?? string.Empty, ReadSheet((WorksheetPart)workbook.GetPartById(s.Id!.Value!), strings, dateStyles)))];
    }

    private static IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> ReadSheet(WorksheetPart sheet, string[] strings, HashSet<uint> dateStyles)
    {
        var cells = new Dictionary<(int Row, int Column), string>();
        var lastRow = 0;
        var lastColumn = 0;
        using (var reader = OpenXmlReader.Create(sheet))
        {
            var rowNumber = 0;
            var column = 0;

            // LoadCurrentElement leaves the reader on what follows the element it loaded, so after
            // a load the loop looks at the current node instead of reading past it.
            var more = reader.Read();
            while (more)
            {
                if (reader.IsStartElement && reader.ElementType == typeof(SheetDimension))
                {
                    CheckExtent(((SheetDimension)reader.LoadCurrentElement()!).Reference?.Value);
                    more = !reader.EOF;
                    continue;
                }

                if (reader.IsStartElement && reader.ElementType == typeof(Cell))
                {
                    // Cell by cell, not row by row: one row may hold sixteen thousand cells.
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    more = !reader.EOF;
                    column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                    var text = Text(cell, strings, dateStyles);
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    // Only cells that hold something count: a formatted empty cell far away is how
                    // spreadsheet programs leave sheets, and it is ignored.
                    Check(rowNumber <= SheetLimits.MaxRows, SheetLimits.TooManyRows);
                    Check(column <= SheetLimits.MaxColumns, SheetLimits.TooManyColumns);
                    Check(cells.Count < SheetLimits.MaxCells, SheetLimits.TooManyCells);
                    cells[(rowNumber, column)] = text;
                    lastRow = Math.Max(lastRow, rowNumber);
                    lastColumn = Math.Max(lastColumn, column);
                    continue;
                }

                if (reader.IsStartElement && reader.ElementType == typeof(Row))
                {
                    var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    rowNumber = uint.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? (int)Math.Min(r, int.MaxValue) : rowNumber + 1;
                    column = 0;
                }

                more = reader.Read();
            }
        }

        if (cells.Count == 0)
        {
            return [];
        }

        return [.. Enumerable.Range(1, lastRow).Select(r => (r, (IReadOnlyList<string>)[.. Enumerable.Range(1, lastColumn).Select(c => cells.GetValueOrDefault((r, c), string.Empty))]))];
    }

    // Unpacks every part once, counting, before the SDK parses any: the sizes a zip declares need
    // not be the sizes its data inflates to.
    private static void CheckUnpackedSize(Stream content)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            Check(total + entry.Length <= SheetLimits.MaxUnpackedBytes, SheetLimits.TooLargeUnpacked);
            using var data = entry.Open();
            int read;
            while ((read = data.Read(buffer)) > 0)
            {
                total += read;
                Check(total <= SheetLimits.MaxUnpackedBytes, SheetLimits.TooLargeUnpacked);
            }
        }
    }

    // The extent the sheet declares (<dimension ref="A1:XFD4000"/>): refused before a cell is read
    // when it reaches past the limits, as such a sheet's cells are somewhere out there.
    private static void CheckExtent(string? reference)
    {
        if (reference?.Split(':')[^1] is not { Length: > 0 } last)
        {
            return;
        }

        var digits = new string([.. last.SkipWhile(char.IsAsciiLetter)]);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            Check(row <= SheetLimits.MaxRows, SheetLimits.TooManyRows);
        }

        Check(ColumnOf(last) <= SheetLimits.MaxColumns, SheetLimits.TooManyColumns);
    }

    private static string[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                Check(strings.Count < SheetLimits.MaxCells, SheetLimits.TooManyCells);
                strings.Add(reader.LoadCurrentElement()!.InnerText);
                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        return [.. strings];
    }

    private static void Check(bool within, string reason)
    {
        if (!within)
        {
            throw new SheetTooLargeException(reason);
        }
    }

    private static string Text(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Length ? strings[index] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is >= -657434 and < 2958466
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

    // The column of a reference like XFD4000 (1-based); saturates far past any limit rather than overflowing.
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = Math.Min((column * 26) + (char.ToUpperInvariant(c) - 'A' + 1), 1_000_000);
        }

        return column;
    }

    [GeneratedRegex("[ydm]", RegexOptions.IgnoreCase)]
    private static partial Regex DatePart();

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]")]
    private static partial Regex QuotedOrBracketed();
}
