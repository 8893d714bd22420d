using SanXiang.Plugins;

[assembly: SectorPlugin(typeof(SectorName.SectorNamePlugin))]

namespace SectorName;

/// <summary>
/// The SANXIANG_SECTOR_NAME sector. Everything it contributes is data in Content/ (embedded):
/// sector.json, procedures.json, templates.json and templates/*.liquid, case-files.json,
/// review-catalog.json, av-items.json, credit.json. EmbeddedSectorPlugin reads and checks them
/// when the host loads the plugin.
/// </summary>
public sealed class SectorNamePlugin : EmbeddedSectorPlugin;
