using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Grains.Documents;
using SanXiang.Silo.Host.Tests.Infrastructure;
using SanXiang.Silo.Host.Tests.Plugins;

namespace SanXiang.Silo.Host.Tests.Documents;

public sealed class DocumentIssuingShould() : TemporaryDataDirectory("sx-documents")
{
    [Fact]
    public async Task IssueNumberedDocumentsIntoTheDataDirectoryOfTheRealSilo()
    {
        await using var silo = await TestSilo.StartAsync(new Dictionary<string, string?>
        {
            ["SanXiang:DataDir"] = DataDir,
            ["SanXiang:PluginsDir"] = FixturePlugins.CopyOf("SanXiang.Fixtures.Harbour"),
        });
        var issuer = silo.Services.GetRequiredService<IDocumentIssuer>();
        DocumentIssueRequest Request() =>
            new("harbour-agency", "case-1", $"doc-{Guid.NewGuid():N}", "fixture-harbour", "inspection-record", new Dictionary<string, string> { ["party"] = "某港口公司" }, new DateOnly(2026, 5, 6));

        var first = await issuer.IssueAsync(Request());
        var second = await issuer.IssueAsync(Request());

        Assert.Equal("港检〔2026〕1号", first.Number);
        Assert.Equal("港检〔2026〕2号", second.Number);
        Assert.True(File.Exists(Path.Combine(DataDir, second.File.BlobPath)));
    }
}
