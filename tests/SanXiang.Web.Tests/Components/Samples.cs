using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.Tests.Components;

internal static class Samples
{
    // Made up, with the check character computed per GB 32100-2015.
    public const string ValidCreditCode = "11411000005184617C";

    public static AgencyProfile Xuchang(string? creditCode = null) =>
        new("xuchang", "许昌市人民政府", AgencyLevel.City, "government", "411000", "henan-gov", creditCode, true, "003");

    public static AgencyProfile Henan() =>
        new("henan-gov", "河南省人民政府", AgencyLevel.Province, "government", "410000", null, null, false, "003");

    public static LedgerTask Task(int id, string group, string measure, string units, string deadline, DateOnly? due, bool longTerm) =>
        new(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), group, measure, units, deadline, due, longTerm);

    public static IReadOnlyList<LedgerTask> Ledger() =>
    [
        Task(1, "强化事前公开", "编制并公开行政执法主体清单", "市县两级政府", "2019年10月，并长期执行", new DateOnly(2019, 10, 31), true),
        Task(2, "强化事前公开", "公开行政执法人员信息", "各级行政执法机关", "2019年10月", new DateOnly(2019, 10, 31), false),
        Task(3, "规范事中公示", "执法全程公示执法身份", "各级司法行政部门", "长期执行", null, true),
        Task(4, "建立行政执法统计年报制度", "每年1月31日前公开上年度数据", "各级行政执法机关", "长期执行", null, true),
    ];

    public static IReadOnlyList<PlanPhase> Phases() =>
    [
        new("安排部署", new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30), null),
        new("完善制度", new DateOnly(2019, 7, 1), new DateOnly(2019, 8, 31), null),
        new("全面实施", new DateOnly(2019, 9, 1), null, "2019年9月上旬开始"),
        new("总结报告", new DateOnly(2019, 11, 1), new DateOnly(2019, 11, 15), null),
    ];
}
