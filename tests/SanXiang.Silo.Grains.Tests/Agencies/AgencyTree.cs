using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Grains.Tests.Agencies;

/// <summary>
/// A small province of fresh ids, seeded through the agency grains as the catalog does:
/// province → two cities → a county under the first → a township under the county.
/// </summary>
internal sealed record AgencyTree(string Province, string City, string OtherCity, string County, string Township)
{
    public static async Task<AgencyTree> SeedAsync(IGrainFactory grains)
    {
        var prefix = Samples.NewTenantId();
        var tree = new AgencyTree($"{prefix}-p", $"{prefix}-c1", $"{prefix}-c2", $"{prefix}-k", $"{prefix}-w");
        await SeedAsync(grains, tree.Province, "测试省司法厅", AgencyLevel.Province, "410000", null);
        await SeedAsync(grains, tree.City, "测试市司法局", AgencyLevel.City, "411000", tree.Province);
        await SeedAsync(grains, tree.OtherCity, "另一市司法局", AgencyLevel.City, "412000", tree.Province);
        await SeedAsync(grains, tree.County, "测试县司法局", AgencyLevel.County, "411002", tree.City);
        await SeedAsync(grains, tree.Township, "测试镇司法所", AgencyLevel.Township, "411002", tree.County);
        return tree;
    }

    public IReadOnlyList<string> All => [Province, City, OtherCity, County, Township];

    public static Task SeedAsync(IGrainFactory grains, string id, string name, AgencyLevel level, string region, string? parent) =>
        grains.GetGrain<IAgencyGrain>(id).SeedAsync(
            new Agency(new AgencyProfile(id, name, level, "judicial", region, parent, null, true, "test"), [], null, null), "v1");
}
