using System.Globalization;
using SanXiang.Plugins;

namespace SanXiang.Web.Components.Reviews;

/// <summary>A row of the next edition as the form holds it; the amount stays text until published, so a typing slip is shown, not lost.</summary>
public sealed class ReviewCatalogRowInput
{
    public EnforcementCategory Category { get; set; } = EnforcementCategory.Penalty;

    public string Condition { get; set; } = "";

    public string Amount { get; set; } = "";

    public string Basis { get; set; } = "";

    /// <summary>Null when the amount is left empty; an unreadable amount becomes -1, which the catalog's check refuses beside the field.</summary>
    public ReviewCatalogEntry ToEntry() => new(
        Category,
        Condition,
        string.IsNullOrWhiteSpace(Amount) ? null : decimal.TryParse(Amount.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan) ? yuan : -1m,
        Basis);

    public static ReviewCatalogRowInput From(ReviewCatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new()
        {
            Category = entry.Category,
            Condition = entry.Condition,
            Amount = entry.AmountAtLeast?.ToString(CultureInfo.InvariantCulture) ?? "",
            Basis = entry.Basis,
        };
    }
}
