using SanXiang.Plugins.EmergencyManagement;

namespace SanXiang.Plugins.Testing.Tests;

public sealed class EmergencyManagementPluginShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new EmergencyManagementPlugin();
}
