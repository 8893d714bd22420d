using System.Text;
using ClosedXML.Excel;
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

    public static byte[] Xlsx(string[][] rows, bool datesAsDates = false)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("执法人员");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                var cell = sheet.Cell(r + 1, c + 1);
                if (datesAsDates && r > 0 && DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                {
                    cell.Value = date;
                }
                else
                {
                    cell.SetValue(text);
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
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
