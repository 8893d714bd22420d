using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SanXiang.Web.Components.Text;

/// <summary>The platform's readiness checks (<c>/health</c>) in Chinese.</summary>
public static class HealthTexts
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["storage"] = "数据存储",
        ["cluster"] = "服务集群",
        ["plugins"] = "领域插件",
        ["sm3"] = "SM3 密码算法",
    };

    public static string Check(string name) => Names.GetValueOrDefault(name) ?? name;

    public static string Status(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "正常",
        HealthStatus.Degraded => "部分可用",
        _ => "异常",
    };
}
