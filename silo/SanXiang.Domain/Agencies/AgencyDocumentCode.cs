namespace SanXiang.Domain.Agencies;

/// <summary>
/// The 机关代字 an agency's document numbers start with (GB/T 9704-2012 7.2.4: 发文机关代字 + 〔年份〕 +
/// 序号). Agencies choose their own; until an administrator records it, this derives the usual form:
/// the place's one-character abbreviation and the agency kind's short name (新田县市场监督管理局 → 新市监).
/// </summary>
public static class AgencyDocumentCode
{
    // Longest first, so 人民政府法制办公室 wins over 人民政府.
    private static readonly (string Suffix, string Code)[] Kinds =
    [
        ("城市管理综合行政执法局", "城管"),
        ("人民政府法制办公室", "法"),
        ("市场监督管理局", "市监"),
        ("人民防空办公室", "人防"),
        ("卫生健康委员会", "卫健"),
        ("文化和旅游局", "文旅"),
        ("应急管理局", "应急"),
        ("交通运输局", "交"),
        ("生态环境局", "环"),
        ("农业农村局", "农"),
        ("人民政府", "政"),
        ("司法局", "司"),
        ("司法厅", "司"),
    ];

    // Provincial-level divisions are abbreviated by their official one-character names (晋, 豫 …),
    // not by their first character.
    private static readonly (string Name, string Code)[] Provinces =
    [
        ("内蒙古", "蒙"), ("黑龙江", "黑"), ("北京", "京"), ("天津", "津"), ("河北", "冀"), ("山西", "晋"),
        ("辽宁", "辽"), ("吉林", "吉"), ("上海", "沪"), ("江苏", "苏"), ("浙江", "浙"), ("安徽", "皖"),
        ("福建", "闽"), ("江西", "赣"), ("山东", "鲁"), ("河南", "豫"), ("湖北", "鄂"), ("湖南", "湘"),
        ("广东", "粤"), ("广西", "桂"), ("海南", "琼"), ("重庆", "渝"), ("四川", "川"), ("贵州", "黔"),
        ("云南", "云"), ("西藏", "藏"), ("陕西", "陕"), ("甘肃", "甘"), ("青海", "青"), ("宁夏", "宁"),
        ("新疆", "新"),
    ];

    /// <summary>The derived code, or the whole name when the agency kind is not one this knows.</summary>
    public static string Default(string agencyName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyName);
        var name = agencyName.Trim();
        var kind = Kinds.FirstOrDefault(k => name.EndsWith(k.Suffix, StringComparison.Ordinal) && name.Length > k.Suffix.Length);
        if (kind.Code is null)
        {
            return name;
        }

        var province = Provinces.FirstOrDefault(p => name.StartsWith(p.Name, StringComparison.Ordinal));
        return (province.Code ?? name[..1]) + kind.Code;
    }
}
