using SanXiang.Plugins;
using SanXiang.Plugins.Validation;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// Everything a sector plugin must pass to be used: the SDK's structural rules (<see cref="SectorPluginChecks"/>)
/// and the national law's floor (<see cref="LawFloor"/>), each problem naming the rule it breaks. The host loads
/// only a plugin with none; the contract kit fails the plugin's own build with the same list.
/// </summary>
public static class PluginAdmission
{
    public static IReadOnlyList<PluginProblem> Problems(ISectorPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return [.. SectorPluginChecks.Check(plugin), .. LawFloor.Check(plugin).Select(v => new PluginProblem(v.ToString(), "procedures.json"))];
    }
}
