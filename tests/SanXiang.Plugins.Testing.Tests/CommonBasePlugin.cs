using SanXiang.Plugins;
using SanXiang.Plugins.Testing.Tests;

// Not a plugin any host loads: the kit wants the type a plugin assembly declares, and this test
// assembly holds the common base (SanXiang.Plugins.Base.props) as a sector of its own.
[assembly: SectorPlugin(typeof(CommonBasePlugin))]

namespace SanXiang.Plugins.Testing.Tests;

/// <summary>The common base taken exactly as it is: only CommonBase/sector.json (the base's four categories) is its own.</summary>
public sealed class CommonBasePlugin() : EmbeddedSectorPlugin("CommonBase/");
