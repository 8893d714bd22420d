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

    /// <summary>Whether <paramref name="inner"/> lies within <paramref name="outer"/> (or is it).</summary>
    public static bool Contains(string outer, string inner)
    {
        if (!IsValid(outer) || !IsValid(inner))
        {
            return false;
        }

        if (outer.EndsWith("0000", StringComparison.Ordinal))
        {
            return inner[..2] == outer[..2];
        }

        return outer.EndsWith("00", StringComparison.Ordinal) ? inner[..4] == outer[..4] : inner == outer;
    }
}
