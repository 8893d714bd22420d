namespace SanXiang.Domain.Agencies;

/// <summary>
/// 行政区划代码 (GB/T 2260): six digits, two each for province, city and county. A province
/// ends in 0000, a city in 00.
/// </summary>
public static class RegionCode
{
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && code[..2] != "00";

    /// <summary>The province the code belongs to, as its own six-digit code.</summary>
    public static string ProvinceOf(string code) => code[..2] + "0000";

    /// <summary>
    /// The prefix every code within the area shares: two digits for a province (410000 → 41), four
    /// for a city (411000 → 4110), all six for a county.
    /// </summary>
    public static string AreaPrefix(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            return code[..2];
        }

        return code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;
    }

    /// <summary>Whether <paramref name="inner"/> lies within <paramref name="outer"/> (or is it).</summary>
    public static bool Contains(string outer, string inner) =>
        IsValid(outer) && IsValid(inner) && inner.StartsWith(AreaPrefix(outer), StringComparison.Ordinal);
}
