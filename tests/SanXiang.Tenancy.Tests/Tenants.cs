using SanXiang.Silo.Agencies;

namespace SanXiang.Tenancy.Tests;

internal static class Tenants
{
    public static readonly SanXiangTenantInfo Xuchang = new("xuchang", "许昌市", AgencyLevel.City, "government", "henan-sft");

    public static readonly SanXiangTenantInfo Gengma = new("gengma-yjj", "耿马傣族佤族自治县应急管理局", AgencyLevel.County, "emergency-management", "gengma-sfj");

    public static readonly SanXiangTenantInfo Yuxi = new("yuxi-sfj", "玉溪市司法局", AgencyLevel.City, "judicial", "yunnan-sft");

    public static AgencyProfile Profile(SanXiangTenantInfo t) => new(t.Id, t.Name, t.Level, t.Sector, "411000", t.ParentId, null, true, null);
}
