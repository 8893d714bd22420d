namespace SanXiang.Plugins;

/// <summary>
/// A row of the 重大执法决定法制审核目录清单: decisions of <see cref="Category"/> that match
/// <see cref="Condition"/> (in words) or reach <see cref="AmountAtLeast"/> yuan are major and need
/// legal review; <see cref="Basis"/> cites the rule (e.g. 行政处罚法 第五十八条).
/// </summary>
public sealed record ReviewCatalogEntry(
    EnforcementCategory Category,
    string Condition,
    decimal? AmountAtLeast,
    string Basis);
