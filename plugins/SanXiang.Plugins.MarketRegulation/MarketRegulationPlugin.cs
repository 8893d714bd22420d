using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

[assembly: SectorPlugin(typeof(MarketRegulationPlugin))]

namespace SanXiang.Plugins.MarketRegulation;

/// <summary>市场监管 (market-regulation): all content is data under Content/, see DOMAIN.md §6 and §8.</summary>
public sealed class MarketRegulationPlugin : EmbeddedSectorPlugin;
