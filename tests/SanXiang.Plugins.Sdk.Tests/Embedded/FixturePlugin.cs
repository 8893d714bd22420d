namespace SanXiang.Plugins.Sdk.Tests.Embedded;

/// <summary>A plugin reading one folder of Fixtures/ (embedded with the folder as prefix).</summary>
internal sealed class FixturePlugin(string folder) : EmbeddedSectorPlugin(folder + "/");
