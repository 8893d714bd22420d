using SanXiang.Plugins;

namespace SanXiang.Silo.Sectors;

public sealed class SectorRegistry(string directory, IReadOnlyList<LoadedSectorPlugin> plugins, IReadOnlyList<PluginFailure> failures) : ISectorRegistry
{
    private readonly Dictionary<string, LoadedSectorPlugin> bySector = plugins.ToDictionary(p => p.Sector.Id, StringComparer.Ordinal);

    public string Directory => directory;

    public IReadOnlyList<LoadedSectorPlugin> Plugins => plugins;

    public IReadOnlyList<PluginFailure> Failures => failures;

    public ISectorPlugin? Find(string sectorId) => bySector.TryGetValue(sectorId, out var loaded) ? loaded.Plugin : null;
}
