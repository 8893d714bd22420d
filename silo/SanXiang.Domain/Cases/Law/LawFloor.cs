using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// Where the national floor meets a sector plugin: the host refuses to load a plugin with a violation and says
/// which rule and article it breaks (log, /plugins, /health); the contract kit fails the plugin's own build.
/// </summary>
public static class LawFloor
{
    public static IReadOnlyList<FloorViolation> Check(ISectorPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return [.. plugin.Procedures.SelectMany(procedure => PenaltyLaw.Floors.SelectMany(floor => floor.Check(procedure)))];
    }
}
