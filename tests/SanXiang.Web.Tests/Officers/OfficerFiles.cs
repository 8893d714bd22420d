using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Tests.Officers;

/// <summary>Real import files, made the way clerks make them: a workbook, a UTF-8 CSV with BOM, a GB18030 CSV.</summary>
public static class OfficerFiles
{
    public static readonly string[] Header = [.. OfficerColumns.All];

    public static string[] Row(string name, string certificate, string categories = "行政处罚、行政检查", string validTo = "2028-12-31", string reviewer = "否") =>
        [name, "许昌市市场监督管理局执法支队", "执法队员", certificate, categories, "许昌市", "2024-01-01", validTo, reviewer, "否"];

    public static string[][] Good() =>
    [
        Header,
        Row("张三", "41100020260001", reviewer: "是"),
        Row("李四", "41100020260002", "行政许可"),
        Row("王五", "41100020260003"),
    ];

    /// <summary>Row 3 (the second officer) has no certificate number.</summary>
    public static string[][] OneBadRow() =>
    [
        Header,
        Row("张三", "41100020260001"),
        Row("李四", ""),
        Row("王五", "41100020260003"),
    ];

    /// <summary>
    /// A workbook as a spreadsheet program writes it: text as shared strings, and with
    /// <paramref name="datesAsDates"/> date cells as serial numbers in a date style; cells listed in
    /// <paramref name="numbers"/> (row, column; 0-based) are typed as numbers.
    /// </summary>
    public static byte[] Xlsx(string[][] rows, bool datesAsDates = false, IReadOnlySet<(int Row, int Column)>? numbers = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var sheetData = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(Cell(rows[r][c], $"{(char)('A' + c)}{r + 1}", shared.SharedStringTable, r > 0 && datesAsDates, numbers?.Contains((r, c)) == true));
                }

                sheetData.Append(row);
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(sheetData);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "执法人员" }));
        }

        return stream.ToArray();
    }

    private static Cell Cell(string text, string reference, SharedStringTable shared, bool dateIfDate, bool asNumber)
    {
        if (dateIfDate && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)) };
        }

        if (asNumber)
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(text) };
        }

        shared.AppendChild(new SharedStringItem(new Text(text)));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((shared.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture)) };
    }

    public static byte[] Csv(string[][] rows, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        var text = string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(Quote)))) + "\r\n";
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    public static Encoding Utf8WithBom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
