using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <summary>
/// The agency's 音像记录事项清单 (DOMAIN.md §2): which steps need which audio-visual records. Until an
/// administrator edits it, it is the sector plugin's <see cref="ISectorPlugin.AvItemDefaults"/>. Key: the tenant id.
/// </summary>
public interface IAvItemListGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<AvItem>> GetAsync();

    /// <summary>Replaces the agency's list; VALIDATION_FAILED for an item without a description or kinds.</summary>
    Task<IReadOnlyList<AvItem>> SaveAsync(IReadOnlyList<AvItem> items, string actor);
}
