namespace SanXiang.Web.Components.Text;

/// <summary>
/// Chinese names of the sector ids the catalog uses. Kept in one place because the sector plugins
/// will provide these names later; until then an unknown id is shown as it is.
/// </summary>
public static class SectorNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["judicial"] = "司法行政",
        ["civil-defense"] = "人民防空",
        ["market-regulation"] = "市场监管",
        ["emergency-management"] = "应急管理",
        ["government"] = "人民政府（综合）",
    };

    public static IReadOnlyCollection<string> Ids => Names.Keys;

    public static string Chinese(string? sector) =>
        sector is not null && Names.TryGetValue(sector, out var name) ? name : sector ?? string.Empty;
}
