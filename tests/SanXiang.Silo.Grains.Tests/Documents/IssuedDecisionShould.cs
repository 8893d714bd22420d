using SanXiang.Plugins.Tests;

namespace SanXiang.Silo.Grains.Tests.Documents;

[Collection(ClusterCollection.Name)]
public sealed class IssuedDecisionShould(ClusterFixture fixture) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sanxiang-issued-").FullName;

    [Fact]
    public async Task ShowItsNumberWhenLibreOfficePrintsIt()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);
        await fixture.Issuer().IssueAsync(DocumentSamples.Request(tenant));
        var decision = await fixture.Issuer().IssueAsync(DocumentSamples.Request(tenant));
        var docx = Path.Combine(directory, "decision.docx");
        await using (var blob = fixture.Blobs().OpenRead(decision.File.Hash))
        await using (var file = File.Create(docx))
        {
            await blob.CopyToAsync(file);
        }

        await LibreOffice.ConvertToPdfAsync(directory, [docx]);
        var text = await LibreOffice.PdfTextAsync(Path.Combine(directory, "decision.pdf"));

        // pdftotext breaks lines where the page does; the number must survive as one word.
        Assert.Contains("新市监罚〔2026〕2号", string.Concat(text.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
