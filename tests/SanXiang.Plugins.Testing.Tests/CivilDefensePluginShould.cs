using SanXiang.Plugins.CivilDefense;

namespace SanXiang.Plugins.Testing.Tests;

public sealed class CivilDefensePluginShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new CivilDefensePlugin();
}
