using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>The 重大执法决定法制审核目录清单 a case is evaluated against, with the version it is published as.</summary>
public sealed record ReviewCatalog(string Version, IReadOnlyList<ReviewCatalogEntry> Entries)
{
    public static ReviewCatalog Empty { get; } = new("", []);

    /// <summary>The sector plugin's default catalog, versioned by the plugin's version.</summary>
    public static ReviewCatalog Of(ISectorPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return new($"{plugin.Sector.Id}@{plugin.Sector.Version}", plugin.ReviewCatalogDefaults);
    }
}
