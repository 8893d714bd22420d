using System.Globalization;
using SanXiang.Silo.Agencies;

namespace SanXiang.Benchmarks.Scale;

/// <summary>The profiles of a generated province, parents before the agencies they supervise.</summary>
internal static class ProvinceAgencies
{
    public const string Government = "hn-gov";

    public static IReadOnlyList<AgencyProfile> For(ProvinceShape shape)
    {
        if (shape.Agencies < shape.AboveTownships || shape.Cities > ProvinceShape.CityNames.Length || shape.CountiesPerCity > 99)
        {
            throw new ArgumentException($"A province of {shape.Cities} cities × {shape.CountiesPerCity} counties needs at least {shape.AboveTownships} agencies.");
        }

        var all = new List<AgencyProfile> { Profile(Government, "河南省人民政府", AgencyLevel.Province, "government", "410000", null) };
        foreach (var (sector, code, department, _) in ProvinceShape.Sectors)
        {
            all.Add(Profile($"hn-{code}", $"河南省{department}", AgencyLevel.Province, sector, "410000", Government));
        }

        for (var c = 1; c <= shape.Cities; c++)
        {
            var city = ProvinceShape.CityNames[c - 1];
            foreach (var (sector, code, _, bureau) in ProvinceShape.Sectors)
            {
                all.Add(Profile(CityId(c, code), $"{city}市{bureau}", AgencyLevel.City, sector, Region(c, 0), $"hn-{code}"));
            }

            for (var k = 1; k <= shape.CountiesPerCity; k++)
            {
                foreach (var (sector, code, _, bureau) in ProvinceShape.Sectors)
                {
                    all.Add(Profile(CountyId(c, k, code), $"{city}第{k}县{bureau}", AgencyLevel.County, sector, Region(c, k), CityId(c, code)));
                }
            }
        }

        // Township stations, one township of every county at a time, so every county gets its share.
        for (var t = 1; all.Count < shape.Agencies; t++)
        {
            for (var c = 1; c <= shape.Cities && all.Count < shape.Agencies; c++)
            {
                for (var k = 1; k <= shape.CountiesPerCity && all.Count < shape.Agencies; k++)
                {
                    foreach (var (sector, code, station) in ProvinceShape.TownshipSectors)
                    {
                        if (all.Count < shape.Agencies)
                        {
                            all.Add(Profile(
                                string.Create(CultureInfo.InvariantCulture, $"{CountyId(c, k, code)}-t{t:D2}"),
                                $"{ProvinceShape.CityNames[c - 1]}第{k}县第{t}镇{station}",
                                AgencyLevel.Township,
                                sector,
                                Region(c, k),
                                CountyId(c, k, code)));
                        }
                    }
                }
            }
        }

        return all;
    }

    private static string CityId(int c, string code) => string.Create(CultureInfo.InvariantCulture, $"hn-c{c:D2}-{code}");

    private static string CountyId(int c, int k, string code) => string.Create(CultureInfo.InvariantCulture, $"hn-c{c:D2}-k{k:D2}-{code}");

    private static string Region(int c, int k) => string.Create(CultureInfo.InvariantCulture, $"41{c:D2}{k:D2}");

    private static AgencyProfile Profile(string id, string name, AgencyLevel level, string sector, string region, string? parent) =>
        new(id, name, level, sector, region, parent, null, true, "scale-benchmark");
}
