using Orleans.Runtime.Placement;

namespace SanXiang.Silo.Grains.Placement;

/// <summary>
/// Puts a <see cref="SiloPinnedPlacement"/> grain on the silo in its key, and nowhere else: a copy on
/// another silo would do its work on the wrong silo's memory, so a silo that has left is an error.
/// </summary>
internal sealed class SiloPinnedPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var silo = SiloPinnedPlacement.SiloOf(target.GrainIdentity.Key.ToString()!);
        return context.GetCompatibleSilos(target).Contains(silo)
            ? Task.FromResult(silo)
            : throw new InvalidOperationException($"Silo {silo} is not an active member of the cluster; {target.GrainIdentity} lives only there.");
    }
}
