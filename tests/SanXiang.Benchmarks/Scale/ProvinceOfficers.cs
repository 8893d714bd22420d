using System.Globalization;
using SanXiang.Plugins;
using SanXiang.Silo.Officers;

namespace SanXiang.Benchmarks.Scale;

/// <summary>The officers of a generated province, spread evenly over its agencies (河南: ~100 000 over ~7 000).</summary>
internal static class ProvinceOfficers
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

    public static IReadOnlyList<Officer> For(int agencyIndex, string unit, int agencies, int officers)
    {
        var count = officers / agencies + (agencyIndex < officers % agencies ? 1 : 0);
        return [.. Enumerable.Range(0, count).Select(n => Officer(agencyIndex, n, unit))];
    }

    private static Officer Officer(int agencyIndex, int n, string unit)
    {
        var certificate = string.Create(CultureInfo.InvariantCulture, $"41{agencyIndex:D5}{n:D3}");
        return new Officer(
            certificate,
            $"{Surnames[(agencyIndex + n) % Surnames.Length]}执法{n + 1}",
            unit,
            n == 0 ? "负责人" : null,
            certificate,
            [EnforcementCategory.Penalty, EnforcementCategory.Inspection],
            null,
            new DateOnly(2024, 1, 1),
            new DateOnly(2028, 12, 31),
            OfficerStatus.Active,
            IsReviewer: n == 1,
            HasLegalQualification: n == 1);
    }
}
