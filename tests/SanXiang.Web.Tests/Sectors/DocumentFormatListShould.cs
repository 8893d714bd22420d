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
    public void FlagASectorWithoutALoadedPlugin()
    {
        var cut = Render<DocumentFormatList>(p => p.Add(c => c.Sector, "judicial"));

        Assert.Contains("没有已加载的领域插件", cut.Markup, StringComparison.Ordinal);
    }
}
