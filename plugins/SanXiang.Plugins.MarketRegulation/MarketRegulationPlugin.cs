using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

[assembly: SectorPlugin(typeof(MarketRegulationPlugin))]

namespace SanXiang.Plugins.MarketRegulation;

/// <summary>市场监管 (market-regulation): its content is the common base (SanXiang.Plugins.Base) with the changes and additions under Content/, see DOMAIN.md §6 and §8.</summary>
public sealed class MarketRegulationPlugin : EmbeddedSectorPlugin;
