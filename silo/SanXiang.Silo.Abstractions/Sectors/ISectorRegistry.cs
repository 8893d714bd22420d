using SanXiang.Plugins;

namespace SanXiang.Silo.Sectors;

/// <summary>
/// The sector plugins this process loaded at start-up, and the ones it skipped with the reason.
/// Loaded once, before Orleans starts, and never changed while the process runs.
/// </summary>
public interface ISectorRegistry
{
    /// <summary>The folder the plugins were loaded from (<c>SanXiang:PluginsDir</c>).</summary>
    string Directory { get; }

    IReadOnlyList<LoadedSectorPlugin> Plugins { get; }

    IReadOnlyList<PluginFailure> Failures { get; }

    /// <summary>The plugin of a sector id, or null if no loaded plugin provides it.</summary>
    ISectorPlugin? Find(string sectorId);
}
