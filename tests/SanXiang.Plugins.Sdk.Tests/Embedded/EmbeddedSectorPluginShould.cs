namespace SanXiang.Plugins.Sdk.Tests.Embedded;

public class EmbeddedSectorPluginShould
{
    [Fact]
    public void ReadEveryResourceIntoTheSdkRecords()
    {
        var plugin = new FixturePlugin("good");

        Assert.Equal(new SectorInfo("fixture", "测试行业", "1.0.0", [EnforcementCategory.Inspection]).Id, plugin.Sector.Id);
        Assert.Equal([EnforcementCategory.Inspection], plugin.Sector.Categories);
        var step = Assert.Single(Assert.Single(plugin.Procedures).Steps);
        Assert.Equal(CaseStepKind.Investigation, step.Kind);
        Assert.Equal(2, step.MinimumOfficers);
        Assert.Equal([AvKind.Photo, AvKind.Video], Assert.Single(plugin.AvItemDefaults).Kinds);
        Assert.Empty(plugin.Components);
    }

    [Fact]
    public void OpenTheLiquidSourceATemplateNames()
    {
        var plugin = new FixturePlugin("good");
        using var reader = new StreamReader(plugin.OpenTemplate(Assert.Single(plugin.DocumentTemplates)));

        Assert.StartsWith("# 现场检查笔录", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderItsTemplatesThroughTheRenderer()
    {
        var plugin = new FixturePlugin("good");
        var template = Assert.Single(plugin.DocumentTemplates);

        var docx = DocumentRenderer.Render(plugin, template, template.Fields.ToDictionary(f => f.Name, f => (object?)f.Sample));

        Assert.NotEmpty(docx);
    }

    [Fact]
    public void ReportABadResourceWithItsNameAndLine()
    {
        var error = Assert.Throws<PluginResourceException>(() => new FixturePlugin("bad-procedures"));

        Assert.Equal("procedures.json", error.Resource);
        Assert.Equal(8, error.Line);
        Assert.Contains("procedures.json', line 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAnInvalidNumberingPatternWithTheTemplatesLine()
    {
        var error = Assert.Throws<PluginResourceException>(() => new FixturePlugin("bad-pattern"));

        Assert.Equal("templates.json", error.Resource);
        Assert.Equal(5, error.Line);
        Assert.Contains("{年份}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAMissingResourceByName()
    {
        var error = Assert.Throws<PluginResourceException>(() => new FixturePlugin("no-such-folder"));

        Assert.Equal("sector.json", error.Resource);
    }
}
