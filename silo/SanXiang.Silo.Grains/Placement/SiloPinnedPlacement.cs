namespace SanXiang.Silo.Grains.Placement;

/// <summary>
/// Places a grain on the silo its key names (<c>platform/{silo address}</c>), for work that belongs to
/// one silo's memory — such as refreshing that silo's calendar cache — rather than to the cluster.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class SiloPinnedPlacement : PlacementStrategy
{
    public static SiloPinnedPlacement Instance { get; } = new();

    /// <summary>The key of the grain that lives on <paramref name="silo"/>.</summary>
    public static string KeyFor(SiloAddress silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return GrainKeys.For(GrainKeys.Platform, silo.ToParsableString());
    }

    public static SiloAddress SiloOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SiloAddress.FromParsableString(key[(key.IndexOf(GrainKeys.Separator, StringComparison.Ordinal) + 1)..]);
    }
}
