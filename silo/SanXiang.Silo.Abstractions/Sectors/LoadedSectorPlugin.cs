using System.Reflection;
using SanXiang.Plugins;

namespace SanXiang.Silo.Sectors;

/// <summary>A plugin the host loaded: its folder name, its assembly and its contract implementation.</summary>
public sealed record LoadedSectorPlugin(string Name, string File, Assembly Assembly, ISectorPlugin Plugin)
{
    public SectorInfo Sector => Plugin.Sector;
}
