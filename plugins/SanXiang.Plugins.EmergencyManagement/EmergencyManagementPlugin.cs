using SanXiang.Plugins;
using SanXiang.Plugins.EmergencyManagement;

[assembly: SectorPlugin(typeof(EmergencyManagementPlugin))]

namespace SanXiang.Plugins.EmergencyManagement;

/// <summary>应急管理 (emergency-management): its content is the common base (SanXiang.Plugins.Base) with the changes and additions under Content/, see DOMAIN.md §6 and §8.</summary>
public sealed class EmergencyManagementPlugin : EmbeddedSectorPlugin;
