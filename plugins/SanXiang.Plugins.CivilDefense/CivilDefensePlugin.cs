using SanXiang.Plugins;
using SanXiang.Plugins.CivilDefense;

[assembly: SectorPlugin(typeof(CivilDefensePlugin))]

namespace SanXiang.Plugins.CivilDefense;

/// <summary>人民防空 (civil-defense): its content is the common base (SanXiang.Plugins.Base) with the changes and additions under Content/, see DOMAIN.md §6 and §8.</summary>
public sealed class CivilDefensePlugin : EmbeddedSectorPlugin;
