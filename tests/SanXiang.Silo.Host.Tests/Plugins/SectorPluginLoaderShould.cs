using SanXiang.Plugins;
using SanXiang.Silo.Host.Plugins;

namespace SanXiang.Silo.Host.Tests.Plugins;

public sealed class SectorPluginLoaderShould
{
    [Fact]
    public void LoadTheSoundFixtureWithTheHostsOwnSdkTypes()
    {
        var registry = SectorPluginLoader.Load(FixturePlugins.Directory);

        var harbour = Assert.Single(registry.Plugins, p => p.Sector.Id == "fixture-harbour");
        Assert.Equal("1.2.3", harbour.Sector.Version);
        Assert.Same(registry.Find("fixture-harbour"), harbour.Plugin);
        var contract = harbour.Assembly.GetReferencedAssemblies().Single(a => a.Name == "SanXiang.Plugins.Sdk");
        Assert.Equal(typeof(ISectorPlugin).Assembly.GetName().Version, contract.Version);
        Assert.Contains(typeof(ISectorPlugin), harbour.Plugin.GetType().GetInterfaces());
        Assert.Same(typeof(ISectorPlugin).Assembly, harbour.Plugin.Sector.GetType().Assembly);
    }

    [Fact]
    public void SkipAPluginWhoseConstructorThrowsAndSayWhere()
    {
        var registry = SectorPluginLoader.Load(FixturePlugins.Directory);

        var failure = Assert.Single(registry.Failures, f => f.Plugin == "SanXiang.Fixtures.Throwing");
        Assert.Contains("The fixture refuses to start.", failure.Reasons.Single(), StringComparison.Ordinal);
        Assert.EndsWith("ThrowingPlugin.cs", failure.File, StringComparison.Ordinal);
        Assert.NotNull(failure.Line);
        Assert.Null(registry.Find("fixture-throwing"));
    }

    [Fact]
    public void SkipAPluginThatRequiresAnUndefinedDocumentKind()
    {
        var registry = SectorPluginLoader.Load(FixturePlugins.Directory);

        var failure = Assert.Single(registry.Failures, f => f.Plugin == "SanXiang.Fixtures.MissingKind");
        Assert.Contains("inspection-report", failure.Reasons.Single(), StringComparison.Ordinal);
        Assert.Null(registry.Find("fixture-missing-kind"));
    }

    [Fact]
    public void SkipAPluginWhoseTemplateDoesNotParseAndNameTheLine()
    {
        var registry = SectorPluginLoader.Load(FixturePlugins.Directory);

        var failure = Assert.Single(registry.Failures, f => f.Plugin == "SanXiang.Fixtures.BadTemplate");
        Assert.Equal("Templates/inspection-record.liquid", failure.File);
        Assert.NotNull(failure.Line);
        Assert.Contains("文书模板 “现场检查笔录” 无法生成", failure.Reasons.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAPluginThatLoosensTheLawNamingEachArticleItBreaks()
    {
        var registry = SectorPluginLoader.Load(FixturePlugins.Directory);

        var failure = Assert.Single(registry.Failures, f => f.Plugin == "SanXiang.Fixtures.LooseLaw");
        Assert.Null(registry.Find("fixture-loose-law"));
        Assert.Equal(3, failure.Reasons.Count);
        Assert.Contains(failure.Reasons, r => r.Contains("第四十二条", StringComparison.Ordinal) && r.Contains("调查取证", StringComparison.Ordinal));
        Assert.Contains(failure.Reasons, r => r.Contains("第五十一条", StringComparison.Ordinal) && r.Contains("500", StringComparison.Ordinal));
        Assert.Contains(failure.Reasons, r => r.Contains("第六十条", StringComparison.Ordinal) && r.Contains("120 日", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportAFolderWithoutItsAssembly()
    {
        var directory = FixturePlugins.CopyOf("SanXiang.Fixtures.Harbour");
        Directory.CreateDirectory(Path.Combine(directory, "Empty"));

        var registry = SectorPluginLoader.Load(directory);

        Assert.Single(registry.Plugins);
        Assert.Equal("Empty", Assert.Single(registry.Failures).Plugin);
    }

    [Fact]
    public void LoadNothingFromAMissingFolder()
    {
        var registry = SectorPluginLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Empty(registry.Plugins);
        Assert.Empty(registry.Failures);
    }
}
