using System.Globalization;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.Components.Officers;

/// <summary>The dates the officer forms take, as people write them (2026-01-31, 2026/1/31, 2026年1月31日).</summary>
public static class OfficerDates
{
    private static readonly string[] Formats = ["yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A problem for each date that did not parse, by field, named by its label.</summary>
    public static IEnumerable<FieldProblem> Problems(params (string Field, string Label, DateOnly? Parsed, string? Text)[] dates) =>
        dates.Where(d => d.Parsed is null).Select(d => new FieldProblem(
            d.Field, string.IsNullOrWhiteSpace(d.Text) ? $"请填写{d.Label}。" : $"{d.Label}应为日期，如 2026-01-31。"));
}
