using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Plugins;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Components.Sectors;
using SanXiang.Web.Tests.Components;

namespace SanXiang.Web.Tests.Sectors;

public sealed class DocumentFormatListShould : ConsoleTestContext
{
    [Fact]
    public void ListTheSectorsDocumentFormatsWithTheirNumbering()
    {
        var plugin = new FakeSectorPlugin(
            new SectorInfo("market-regulation", "市场监管", "2.1.0", [EnforcementCategory.Penalty]),
            new DocumentTemplate("penalty-decision", "行政处罚决定书", "{机关代字}罚〔{年}〕{序号}号", [], "t.liquid"),
            new DocumentTemplate("service-receipt", "送达回证", null, [], "s.liquid"));
        Services.AddSingleton<ISectorRegistry>(FakeSectorPlugin.Registry(plugin));

        var cut = Render<DocumentFormatList>(p => p.Add(c => c.Sector, "market-regulation"));

        var rows = cut.FindAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("行政处罚决定书", StringComparison.Ordinal) && r.Contains("{机关代字}罚〔{年}〕{序号}号", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("送达回证", StringComparison.Ordinal) && r.Contains("不编号", StringComparison.Ordinal));
    }

    [Fact]
    public void SayInPlainWordsWhyASectorWithoutAPluginHasNoFormats()
    {
        var cut = Render<DocumentFormatList>(p => p.Add(c => c.Sector, "judicial"));

        Assert.Contains("平台尚未安装“司法行政”领域的行业插件", cut.Find(".no-document-formats").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowNoInternalCodeOfAFormat()
    {
        var plugin = new FakeSectorPlugin(
            new SectorInfo("market-regulation", "市场监管", "2.1.0", [EnforcementCategory.Penalty]),
            new DocumentTemplate("penalty-decision", "行政处罚决定书", "{机关代字}罚〔{年}〕{序号}号", [], "t.liquid"));
        Services.AddSingleton<ISectorRegistry>(FakeSectorPlugin.Registry(plugin));

        var cut = Render<DocumentFormatList>(p => p.Add(c => c.Sector, "market-regulation"));

        Assert.DoesNotContain("penalty-decision", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["文书名称", "文号格式"], cut.FindAll("thead th").Select(h => h.TextContent.Trim()));
    }
}
