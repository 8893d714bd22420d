using SanXiang.Plugins;

namespace SanXiang.Domain.Officers;

/// <summary>The Chinese names of the eight enforcement categories (执法类别, DOMAIN.md glossary), for officers, lists and forms.</summary>
public static class EnforcementCategoryNames
{
    private static readonly (EnforcementCategory Category, string Chinese)[] Table =
    [
        (EnforcementCategory.Licensing, "行政许可"),
        (EnforcementCategory.Penalty, "行政处罚"),
        (EnforcementCategory.Coercion, "行政强制"),
        (EnforcementCategory.Inspection, "行政检查"),
        (EnforcementCategory.Expropriation, "行政征收征用"),
        (EnforcementCategory.Fee, "行政收费"),
        (EnforcementCategory.Filing, "行政备案"),
        (EnforcementCategory.Benefit, "行政给付"),
    ];

    public static IReadOnlyList<EnforcementCategory> All { get; } = [.. Table.Select(t => t.Category)];

    /// <summary>行政处罚 for <see cref="EnforcementCategory.Penalty"/>.</summary>
    public static string Chinese(EnforcementCategory category) =>
        Table.FirstOrDefault(t => t.Category == category).Chinese ?? category.ToString();

    /// <summary>Reads a Chinese name (also the short form without 行政, 处罚) or the code name (Penalty).</summary>
    public static EnforcementCategory? FromChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var (category, chinese) in Table)
        {
            if (trimmed == chinese || trimmed == chinese[2..] || string.Equals(trimmed, category.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        return null;
    }
}
