namespace SanXiang.Domain.Officers;

/// <summary>
/// The eight enforcement categories (执法类别, DOMAIN.md glossary) by the names the sector plugin
/// SDK's <c>EnforcementCategory</c> uses. Officers carry them as strings: the SDK is not on this
/// branch, and a string keeps officer records free of a plugin contract.
/// </summary>
public static class EnforcementCategories
{
    public const string Licensing = "Licensing";
    public const string Penalty = "Penalty";
    public const string Coercion = "Coercion";
    public const string Inspection = "Inspection";
    public const string Expropriation = "Expropriation";
    public const string Fee = "Fee";
    public const string Filing = "Filing";
    public const string Benefit = "Benefit";

    private static readonly (string Name, string Chinese)[] Table =
    [
        (Licensing, "行政许可"),
        (Penalty, "行政处罚"),
        (Coercion, "行政强制"),
        (Inspection, "行政检查"),
        (Expropriation, "行政征收征用"),
        (Fee, "行政收费"),
        (Filing, "行政备案"),
        (Benefit, "行政给付"),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Name)];

    public static bool IsKnown(string name) => Table.Any(t => t.Name == name);

    /// <summary>The Chinese name (行政处罚) of a category; an unknown name is shown as it is.</summary>
    public static string Chinese(string name) =>
        Table.FirstOrDefault(t => t.Name == name).Chinese ?? name;

    /// <summary>Reads a Chinese name as the code name; also takes the short form without 行政 (处罚).</summary>
    public static string? FromChinese(string text)
    {
        var trimmed = text.Trim();
        foreach (var (name, chinese) in Table)
        {
            if (trimmed == chinese || trimmed == chinese[2..] || string.Equals(trimmed, name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }
}
