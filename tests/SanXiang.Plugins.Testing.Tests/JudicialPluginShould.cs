using SanXiang.Plugins.Judicial;

namespace SanXiang.Plugins.Testing.Tests;

public sealed class JudicialPluginShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new JudicialPlugin();
}
