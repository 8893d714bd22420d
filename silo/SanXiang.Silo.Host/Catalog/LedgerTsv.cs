using System.Globalization;
using System.Text;
using SanXiang.Domain.Plans;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// Reads a 工作任务分解台账 written as tab-separated text: a header line, then one row per line
/// with 序号, 任务组号 (一 … 二十一), 工作任务, 具体举措, 责任单位 and 完成时限 as the plan writes it.
/// </summary>
internal static class LedgerTsv
{
    public static readonly string[] Header = ["序号", "任务组号", "工作任务", "具体举措", "责任单位", "完成时限"];

    public static IReadOnlyList<LedgerTask>? Read(string file, byte[] bytes, LedgerDeclaration declared, CatalogProblems problems)
    {
        var text = Encoding.UTF8.GetString(Utf8Text.WithoutBom(bytes).Span);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var before = problems.Errors.Count;
        if (lines.Count == 0 || lines[0] != string.Join('\t', Header))
        {
            problems.Add(file, 1, $"第一行应为表头：{string.Join("、", Header)}，以制表符分隔。");
            return null;
        }

        var tasks = new List<LedgerTask>();
        var groups = new List<string>();
        var previousBroken = false;
        for (var i = 1; i < lines.Count; i++)
        {
            var errorsBefore = problems.Errors.Count;
            if (ReadRow(file, i + 1, lines[i], groups, previousBroken, problems) is { } task)
            {
                tasks.Add(task);
            }

            previousBroken = problems.Errors.Count > errorsBefore;
        }

        if (lines.Count - 1 != declared.Rows || groups.Count != declared.Groups)
        {
            problems.Add(file, 0, $"台账应有 {declared.Rows} 行、{declared.Groups} 个任务组（见 plan.json），实有 {lines.Count - 1} 行、{groups.Count} 个任务组。");
        }

        return problems.Errors.Count == before ? tasks : null;
    }

    private static LedgerTask? ReadRow(string file, int line, string text, List<string> groups, bool previousBroken, CatalogProblems problems)
    {
        var cells = text.Split('\t');
        if (cells.Length != Header.Length)
        {
            problems.Add(file, line, $"应有 {Header.Length} 列（以制表符分隔），实有 {cells.Length} 列。");
            return null;
        }

        var (numberText, groupNo, group, measure, units, deadlineText) = (cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
        var ok = true;
        // Line 2 holds row 1: numbering follows the lines, so one bad row does not shift the rest.
        var expected = line - 1;
        if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != expected)
        {
            problems.Add(file, line, $"序号应为 {expected}，实为“{numberText}”；台账各行应从 1 起连续编号。");
            ok = false;
        }

        ok &= CheckGroup(file, line, groupNo, group, groups, previousBroken, problems);
        foreach (var (value, column) in new[] { (measure, "具体举措"), (units, "责任单位"), (deadlineText, "完成时限") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(file, line, $"“{column}”不能为空。");
                ok = false;
            }
        }

        LedgerDeadline? deadline = null;
        try
        {
            deadline = string.IsNullOrWhiteSpace(deadlineText) ? null : LedgerDeadline.Parse(deadlineText);
        }
        catch (FormatException ex)
        {
            problems.Add(file, line, ex.Message);
            ok = false;
        }

        return ok && deadline is not null
            ? new LedgerTask(number, groupNo, group, measure.Trim(), units.Trim(), deadline.Text, deadline.Due, deadline.LongTerm)
            : null;
    }

    private static bool CheckGroup(string file, int line, string groupNo, string group, List<string> groups, bool previousBroken, CatalogProblems problems)
    {
        var value = ChineseNumeral.Parse(groupNo);
        if (value is null || ChineseNumeral.Format(value.Value) != groupNo)
        {
            problems.Add(file, line, $"任务组号“{groupNo}”应为中文数字，如 一、十、二十一。");
            return false;
        }

        if (string.IsNullOrWhiteSpace(group))
        {
            problems.Add(file, line, "“工作任务”不能为空。");
            return false;
        }

        // Groups run 一, 二, 三 …; each row of a group repeats the group's name.
        if (value == groups.Count)
        {
            if (groups[^1] != group)
            {
                problems.Add(file, line, $"任务组{groupNo}的名称应与上一行相同（“{groups[^1]}”），实为“{group}”。");
                return false;
            }

            return true;
        }

        var ok = true;
        if (value != groups.Count + 1 && !(previousBroken && value > groups.Count))
        {
            problems.Add(file, line, $"任务组号应为 {(groups.Count == 0 ? "一" : $"{ChineseNumeral.Format(groups.Count)}或{ChineseNumeral.Format(groups.Count + 1)}")}，实为“{groupNo}”。");
            ok = false;
        }

        // Take the row's group anyway (a broken row above may have hidden the group before it), so
        // one bad row yields one error, not one for every row after it.
        while (groups.Count < value.Value)
        {
            groups.Add(groups.Count == value.Value - 1 ? group : string.Empty);
        }

        return ok;
    }
}
