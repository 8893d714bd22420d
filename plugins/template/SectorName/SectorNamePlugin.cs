using SanXiang.Plugins;

[assembly: SectorPlugin(typeof(SectorName.SectorNamePlugin))]

namespace SectorName;

/// <summary>
/// The SANXIANG_SECTOR_NAME sector. It inherits the common formats (plugins/SanXiang.Plugins.Base,
/// embedded by the project) and says in Content/ only how it differs: sector.json is its own;
/// procedures.json, templates.json, case-files.json and review-catalog.json remove, override and add
/// base items by key; av-items.json and credit.json are left out, so the base's lists are used as
/// they are. EmbeddedSectorPlugin reads and checks everything when the host loads the plugin.
/// </summary>
public sealed class SectorNamePlugin : EmbeddedSectorPlugin;
