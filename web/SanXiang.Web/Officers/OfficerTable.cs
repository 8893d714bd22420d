using System.Globalization;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Web.Officers;

/// <summary>
/// Reads officers from a table of text cells (header first), whatever file it came from. Every row
/// is checked and every problem reported, so a clerk fixes the whole file in one go.
/// </summary>
public static class OfficerTable
{
    private static readonly char[] CategorySeparators = ['、', ',', '，', ';', '；', '/'];

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    /// <param name="rows">Each row with its row number in the file and its cells.</param>
    public static OfficerSheet Parse(IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return OfficerSheet.Failed("文件为空：第一行应为表头（姓名、单位、职务、证件编号……）。");
        }

        var header = rows[0].Cells.Select((text, index) => (Text: text.Trim(), index))
            .Where(c => c.Text.Length > 0)
            .GroupBy(c => c.Text)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        var missing = OfficerColumns.Required.Where(c => !header.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return OfficerSheet.Failed($"表头缺少列：{string.Join("、", missing)}。");
        }

        var parsed = new List<OfficerRow>();
        var errors = new List<ImportError>();
        foreach (var (row, cells) in rows.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var problems = new List<string>();
            string Cell(string column) => header.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : string.Empty;

            var categories = ReadCategories(Cell(OfficerColumns.Categories), problems);
            var from = ReadDate(OfficerColumns.ValidFrom, Cell(OfficerColumns.ValidFrom), problems);
            var to = ReadDate(OfficerColumns.ValidTo, Cell(OfficerColumns.ValidTo), problems);
            var reviewer = ReadYesNo(OfficerColumns.IsReviewer, Cell(OfficerColumns.IsReviewer), problems);
            var qualified = ReadYesNo(OfficerColumns.HasLegalQualification, Cell(OfficerColumns.HasLegalQualification), problems);
            var name = Cell(OfficerColumns.Name);
            var unit = Cell(OfficerColumns.Unit);
            var certificate = Cell(OfficerColumns.CertificateNumber);

            // The same rules the roster applies, so the file is judged once, here, with row numbers.
            var invalid = OfficerValidation.Problems(name, unit, certificate, categories, from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue, Cell(OfficerColumns.Position), Cell(OfficerColumns.Area));
            problems.InsertRange(0, invalid.Where(p => !p.StartsWith("执法类别为空", StringComparison.Ordinal) || Cell(OfficerColumns.Categories).Length == 0));
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Distinct().Select(p => new ImportError(row, p)));
                continue;
            }

            parsed.Add(new OfficerRow(row, name, unit, Optional(Cell(OfficerColumns.Position)), certificate, categories, Optional(Cell(OfficerColumns.Area)), from!.Value, to!.Value, reviewer!.Value, qualified!.Value));
        }

        errors.AddRange(Duplicates(parsed));
        if (parsed.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(0, "文件中没有执法人员数据。"));
        }

        return new OfficerSheet(parsed, errors);
    }

    private static IEnumerable<ImportError> Duplicates(IEnumerable<OfficerRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = string.Concat(row.CertificateNumber.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
            if (!seen.TryAdd(key, row.Row))
            {
                yield return new ImportError(row.Row, $"证件编号“{row.CertificateNumber}”与第 {seen[key]} 行重复");
            }
        }
    }

    private static List<EnforcementCategory> ReadCategories(string text, List<string> problems)
    {
        var categories = new List<EnforcementCategory>();
        foreach (var part in text.Split(CategorySeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EnforcementCategoryNames.FromChinese(part) is { } name)
            {
                categories.Add(name);
            }
            else
            {
                problems.Add($"执法类别“{part}”不是已知类别（应为行政许可、行政处罚、行政强制、行政检查、行政征收征用、行政收费、行政备案、行政给付）");
            }
        }

        return [.. categories.Distinct()];
    }

    private static DateOnly? ReadDate(string column, string text, List<string> problems)
    {
        if (text.Length == 0)
        {
            problems.Add($"{column}为空");
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{column}“{text}”不是日期（应如 2026-01-31）");
        return null;
    }

    private static bool? ReadYesNo(string column, string text, List<string> problems)
    {
        switch (text)
        {
            case "是":
                return true;
            case "否" or "":
                return false;
            default:
                problems.Add($"{column}应填“是”或“否”，而不是“{text}”");
                return null;
        }
    }

    private static string? Optional(string text) => text.Length == 0 ? null : text;
}
