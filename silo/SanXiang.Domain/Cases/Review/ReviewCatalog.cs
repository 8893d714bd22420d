using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The 重大执法决定法制审核目录清单 a case is evaluated against, with the version it is published as.
/// <paramref name="Missing"/> names a sector whose plugin is not loaded: its catalog cannot be read, so every decision
/// counts as major rather than none (<see cref="MajorDecisionRule"/>).
/// </summary>
public sealed record ReviewCatalog(string Version, IReadOnlyList<ReviewCatalogEntry> Entries, string? Missing = null)
{
    public static ReviewCatalog Empty { get; } = new("", []);

    public static ReviewCatalog Unavailable(string sectorId) => new("", [], sectorId);

    /// <summary>The sector plugin's default catalog, versioned by the plugin's version.</summary>
    public static ReviewCatalog Of(ISectorPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return new($"{plugin.Sector.Id}@{plugin.Sector.Version}", plugin.ReviewCatalogDefaults);
    }
}
