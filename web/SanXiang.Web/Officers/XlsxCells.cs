using System.Globalization;
using ClosedXML.Excel;

namespace SanXiang.Web.Officers;

/// <summary>The first worksheet of an .xlsx as rows of text, dates written as yyyy-MM-dd.</summary>
public static class XlsxCells
{
    public static IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Read(Stream content)
    {
        using var workbook = new XLWorkbook(content);
        var sheet = workbook.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return [];
        }

        var lastColumn = used.LastColumn().ColumnNumber();
        var rows = new List<(int, IReadOnlyList<string>)>();
        foreach (var row in sheet.Rows(1, used.LastRow().RowNumber()))
        {
            rows.Add((row.RowNumber(), [.. Enumerable.Range(1, lastColumn).Select(c => Text(row.Cell(c)))]));
        }

        return rows;
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),

        // Certificate numbers typed as numbers must not come back as 4.11E+13.
        XLDataType.Number => cell.GetDouble().ToString("0.################", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell.Value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
