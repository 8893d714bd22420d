using SanXiang.Fixtures.Harbour;

namespace SanXiang.Plugins.Testing.Tests;

/// <summary>A plugin written in code rather than embedded data keeps the contract too.</summary>
public sealed class HarbourFixtureShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new HarbourPlugin();
}
