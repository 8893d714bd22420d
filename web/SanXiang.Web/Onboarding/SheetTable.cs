using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Web.Onboarding;

/// <summary>One sheet of an onboarding file read by its header: each data row's cells by column name, and its problems with row and column.</summary>
internal sealed class SheetTable
{
    private readonly Dictionary<string, int> header;

    private SheetTable(string sheet, Dictionary<string, int> header, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        Sheet = sheet;
        this.header = header;
        Rows = [.. rows.Skip(1).Where(r => !r.Cells.All(string.IsNullOrWhiteSpace)).Select(r => new SheetRow(this, r.Row, r.Cells))];
    }

    public string Sheet { get; }

    public IReadOnlyList<SheetRow> Rows { get; }

    /// <summary>The sheet's table, or null (with a row-0 error) when its header lacks a required column; an absent sheet is an empty table.</summary>
    public static SheetTable? Open(string sheet, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> rows, IReadOnlyList<string> required, List<OnboardingError> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(errors);
        var header = rows.Count == 0
            ? []
            : rows[0].Cells.Select((text, index) => (Text: text.Trim(), index)).Where(c => c.Text.Length > 0)
                .GroupBy(c => c.Text).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        var missing = rows.Count == 0 ? [] : required.Where(c => !header.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new OnboardingError(sheet, 0, null, ErrorCodes.ImportFileInvalid, $"表头缺少列：{string.Join("、", missing)}。"));
            return null;
        }

        return new SheetTable(sheet, header, rows);
    }

    public string Cell(IReadOnlyList<string> cells, string column) =>
        header.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : string.Empty;
}

/// <summary>A data row of a <see cref="SheetTable"/>; its problems are collected in the list given.</summary>
internal sealed class SheetRow(SheetTable table, int row, IReadOnlyList<string> cells)
{
    public int Row => row;

    public string this[string column] => table.Cell(cells, column);

    public OnboardingError Error(string? column, string code, string message) => new(table.Sheet, row, column, code, message);

    /// <summary>The cell under the text rule of its field, or null with the field's refusal (empty when not <paramref name="required"/>: null, no error).</summary>
    public string? Text(string column, TextField field, bool required, List<OnboardingError> errors)
    {
        var raw = this[column];
        if (raw.Length == 0)
        {
            if (required)
            {
                errors.Add(Error(column, ErrorCodes.ImportRowInvalid, $"{column}为空。"));
            }

            return null;
        }

        var check = TextInput.Check(field, raw);
        if (!check.IsAccepted)
        {
            errors.Add(Error(column, check.Problem == TextProblem.TooLong ? ErrorCodes.TextTooLong : ErrorCodes.TextInvalid, check.Reason!));
            return null;
        }

        return check.Text;
    }
}
