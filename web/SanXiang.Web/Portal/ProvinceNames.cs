namespace SanXiang.Web.Portal;

/// <summary>
/// The provincial-level divisions of GB/T 2260 (the first two digits of a region code), so the directory groups agencies
/// by a name the public knows. Finer names (cities, counties) are not held by the platform; the agency's own name says them.
/// </summary>
public static class ProvinceNames
{
    private static readonly (string Code, string Name)[] Table =
    [
        ("11", "北京市"), ("12", "天津市"), ("13", "河北省"), ("14", "山西省"), ("15", "内蒙古自治区"),
        ("21", "辽宁省"), ("22", "吉林省"), ("23", "黑龙江省"),
        ("31", "上海市"), ("32", "江苏省"), ("33", "浙江省"), ("34", "安徽省"), ("35", "福建省"), ("36", "江西省"), ("37", "山东省"),
        ("41", "河南省"), ("42", "湖北省"), ("43", "湖南省"), ("44", "广东省"), ("45", "广西壮族自治区"), ("46", "海南省"),
        ("50", "重庆市"), ("51", "四川省"), ("52", "贵州省"), ("53", "云南省"), ("54", "西藏自治区"),
        ("61", "陕西省"), ("62", "甘肃省"), ("63", "青海省"), ("64", "宁夏回族自治区"), ("65", "新疆维吾尔自治区"),
        ("71", "台湾省"), ("81", "香港特别行政区"), ("82", "澳门特别行政区"),
    ];

    /// <summary>Every province as its six-digit code (410000) and name, in code order.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } = [.. Table.Select(t => (t.Code + "0000", t.Name))];

    /// <summary>The province a region code lies in, or 其他地区 for a code outside GB/T 2260's provinces.</summary>
    public static string Of(string? regionCode) =>
        regionCode is { Length: >= 2 } code && Table.FirstOrDefault(t => code.StartsWith(t.Code, StringComparison.Ordinal)).Name is { } name
            ? name
            : "其他地区";

    /// <summary>Whether <paramref name="code"/> is one of <see cref="All"/>.</summary>
    public static bool IsProvince(string? code) => code is not null && All.Any(p => p.Code == code);
}
