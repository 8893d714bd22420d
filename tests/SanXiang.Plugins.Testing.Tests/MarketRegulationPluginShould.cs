using SanXiang.Plugins.MarketRegulation;

namespace SanXiang.Plugins.Testing.Tests;

public sealed class MarketRegulationPluginShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new MarketRegulationPlugin();
}
