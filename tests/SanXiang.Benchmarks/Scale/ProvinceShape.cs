namespace SanXiang.Benchmarks.Scale;

/// <summary>
/// How big the generated province is. The tree has four levels, as 河南's does: the provincial
/// government and its sector departments, each city's bureaus under the department of their sector,
/// each county's under their city's, and township stations (市场监管所, 司法所) under their county's
/// bureau, added county by county until the province holds <see cref="Agencies"/>.
/// <see cref="Cases"/> cases of <see cref="EventsPerCase"/> events each are filed in 2025; the busiest
/// agency takes <see cref="BusiestShare"/> of them (all by default, so that its log alone holds every event,
/// 10 000 000 for the province) and the other agencies share the rest evenly.
/// </summary>
internal sealed record ProvinceShape(int Agencies, int Officers, int Cases = 0, int EventsPerCase = 10, double BusiestShare = 1.0, int Cities = 18, int CountiesPerCity = 10)
{
    /// <summary>Sectors with a department at every level down to the county.</summary>
    public static readonly (string Sector, string Code, string Department, string Bureau)[] Sectors =
    [
        ("judicial", "sfj", "司法厅", "司法局"),
        ("market-regulation", "scjg", "市场监督管理局", "市场监督管理局"),
        ("emergency-management", "yjj", "应急管理厅", "应急管理局"),
        ("civil-defense", "rfb", "人民防空办公室", "人民防空办公室"),
    ];

    /// <summary>Sectors that also have a station in each township, and what the station is called.</summary>
    public static readonly (string Sector, string Code, string Station)[] TownshipSectors =
    [
        ("market-regulation", "scjg", "市场监督管理所"),
        ("judicial", "sfj", "司法所"),
    ];

    public static readonly string[] CityNames =
        ["郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店", "济源"];

    public int Counties => Cities * CountiesPerCity;

    public long Events => (long)Cases * EventsPerCase;

    /// <summary>The cases filed with the busiest agency; the others share the rest.</summary>
    public int BusiestCases => (int)Math.Round(Cases * Math.Clamp(BusiestShare, 0, 1));

    /// <summary>Agencies above the townships: the government, and every sector's department or bureau at each level.</summary>
    public int AboveTownships => 1 + Sectors.Length * (1 + Cities + Counties);
}
