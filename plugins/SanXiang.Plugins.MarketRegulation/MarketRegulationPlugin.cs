using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

[assembly: SectorPlugin(typeof(MarketRegulationPlugin))]

namespace SanXiang.Plugins.MarketRegulation;

/// <summary>市场监管 (market-regulation): its content is the common base (SanXiang.Plugins.Base) with the changes and additions under Content/, see DOMAIN.md §6 and §8.</summary>
public sealed class MarketRegulationPlugin : EmbeddedSectorPlugin, ISectorPlugin
{
    // 市场监管总局令第45号《市场监督管理行政处罚信息公示规定》: 仅受到警告的行政处罚信息不予公示.
    bool ISectorPlugin.PublishesWarningOnlyPenalties => false;
}
