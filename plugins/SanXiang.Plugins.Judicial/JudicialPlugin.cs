using SanXiang.Plugins;
using SanXiang.Plugins.Judicial;

[assembly: SectorPlugin(typeof(JudicialPlugin))]

namespace SanXiang.Plugins.Judicial;

/// <summary>司法行政 (judicial): its content is the common base (SanXiang.Plugins.Base) with the changes and additions under Content/, see DOMAIN.md §6 and §8.</summary>
public sealed class JudicialPlugin : EmbeddedSectorPlugin;
