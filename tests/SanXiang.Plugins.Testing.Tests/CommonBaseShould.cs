namespace SanXiang.Plugins.Testing.Tests;

/// <summary>The common base that every sector inherits keeps the contract on its own, with its own samples.</summary>
public sealed class CommonBaseShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new CommonBasePlugin();
}
