namespace SanXiang.Plugins.Tests;

public class TemplatesShould
{
    [Theory]
    [MemberData(nameof(Plugins.Templates), MemberType = typeof(Plugins))]
    public void RenderTheirSamplesIntoAValidDocument(string id, string kind)
    {
        var plugin = Plugins.Get(id);
        var template = plugin.DocumentTemplates.Single(t => t.Kind == kind);

        var docx = DocumentRenderer.Render(plugin, template, Plugins.Samples(template));

        Assert.Empty(Docx.Errors(docx));

        // A cover prints the case file's title (行政处罚案卷), not the name of the form.
        Assert.Contains(kind == "case-file-cover" ? "案卷" : template.Name, Docx.Text(docx), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Plugins.Templates), MemberType = typeof(Plugins))]
    public void LeaveNoMarkupOrLiquidInTheText(string id, string kind)
    {
        var plugin = Plugins.Get(id);
        var template = plugin.DocumentTemplates.Single(t => t.Kind == kind);

        var text = Docx.Text(DocumentRenderer.Render(plugin, template, Plugins.Samples(template)));

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liquid error", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Plugins.Templates), MemberType = typeof(Plugins))]
    public void GiveEveryFieldALabelAndASample(string id, string kind)
    {
        var template = Plugins.Get(id).DocumentTemplates.Single(t => t.Kind == kind);

        Assert.NotEmpty(template.Fields);
        Assert.All(template.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
        Assert.All(template.Fields.Where(f => f.Required), f => Assert.False(string.IsNullOrWhiteSpace(f.Sample)));
    }

    [Theory]
    [MemberData(nameof(Plugins.Templates), MemberType = typeof(Plugins))]
    public void PrintTheNumberTheirPatternMakes(string id, string kind)
    {
        var template = Plugins.Get(id).DocumentTemplates.Single(t => t.Kind == kind);
        if (template.NumberingPattern is null)
        {
            return;
        }

        var number = template.Fields.Single(f => f.Name == "document_number").Sample;
        Assert.EndsWith("〔2026〕12号", number, StringComparison.Ordinal);
    }
}
