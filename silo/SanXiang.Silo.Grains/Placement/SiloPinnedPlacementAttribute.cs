using Orleans.Placement;

namespace SanXiang.Silo.Grains.Placement;

/// <summary>Marks a grain as <see cref="SiloPinnedPlacement"/>: its key says which silo it lives on.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloPinnedPlacementAttribute() : PlacementAttribute(SiloPinnedPlacement.Instance);
