using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Tests;

internal static class Samples
{
    public static string NewTenantId() => "t-" + Guid.NewGuid().ToString("N")[..12];

    public static Agency Agency(string id, string name = "测试县司法局") =>
        new(new AgencyProfile(id, name, AgencyLevel.County, "judicial", "530926", null, null, true, "seeds/004_2c91c16227ca89f7.txt"), [new OrgUnit("法规股", null)], null, null);

    public static ImplementationPlan Plan(string title = "测试实施方案") =>
        new(title, null, [new PlanPhase("安排部署阶段", new DateOnly(2019, 5, 1), new DateOnly(2019, 5, 31), null)], [], [], null);
}
