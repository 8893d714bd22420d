using SanXiang.Plugins;
using SanXiang.Plugins.Testing;

namespace SectorName.Tests;

/// <summary>The SDK's contract tests (procedures, document kinds, numbering, templates render to valid .docx); add your own beside them.</summary>
public sealed class SectorNamePluginShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new SectorNamePlugin();
}
