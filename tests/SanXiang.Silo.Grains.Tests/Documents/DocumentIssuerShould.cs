using DocumentFormat.OpenXml.Packaging;
using SanXiang.Domain.Integrity;
using SanXiang.Plugins;
using SanXiang.Silo.Documents;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.Documents;

namespace SanXiang.Silo.Grains.Tests.Documents;

[Collection(ClusterCollection.Name)]
public class DocumentIssuerShould(ClusterFixture fixture)
{
    private IDocumentIssuer Issuer => fixture.Issuer();

    [Fact]
    public async Task NumberDocumentsOfOneKindAndYearOneTwoThree()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);

        var numbers = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await Issuer.IssueAsync(DocumentSamples.Request(tenant))).Number);
        }

        Assert.Equal(["新市监罚〔2026〕1号", "新市监罚〔2026〕2号", "新市监罚〔2026〕3号"], numbers);
    }

    [Fact]
    public async Task StartAtOneForAnotherKindOrAnotherYear()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);
        await Issuer.IssueAsync(DocumentSamples.Request(tenant));
        await Issuer.IssueAsync(DocumentSamples.Request(tenant));

        var notice = await Issuer.IssueAsync(DocumentSamples.Request(tenant, kind: "penalty-notice"));
        var nextYear = await Issuer.IssueAsync(DocumentSamples.Request(tenant, year: 2027));

        Assert.Equal("新市监罚告〔2026〕1号", notice.Number);
        Assert.Equal("新市监罚〔2027〕1号", nextYear.Number);
    }

    [Fact]
    public async Task GiveTwentyConcurrentIssuesTheNumbersOneToTwentyOnceEach()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);

        var issued = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Issuer.IssueAsync(DocumentSamples.Request(tenant)))));

        Assert.Equal(
            Enumerable.Range(1, 20).Select(n => $"新市监罚〔2026〕{n}号").Order(StringComparer.Ordinal),
            issued.Select(d => d.Number!).Order(StringComparer.Ordinal));
        var ledger = await fixture.Grains.GetGrain<ISequenceGrain>(SequenceKeys.For(tenant, "penalty-decision", 2026)).ListAsync();
        Assert.Equal(Enumerable.Range(1, 20), ledger.Select(e => e.Number));
    }

    [Fact]
    public async Task TakeNoNumberForADocumentWithMissingRequiredFields()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);
        await Issuer.IssueAsync(DocumentSamples.Request(tenant));
        var incomplete = DocumentSamples.Request(tenant);
        var fields = new Dictionary<string, string>(incomplete.Fields);
        fields.Remove("party_name");
        fields["facts"] = " ";

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Issuer.IssueAsync(incomplete with { Fields = fields }));
        var next = await Issuer.IssueAsync(DocumentSamples.Request(tenant));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Contains("当事人", refused.Message, StringComparison.Ordinal);
        Assert.Contains("facts", refused.Message, StringComparison.Ordinal);
        Assert.Equal("新市监罚〔2026〕2号", next.Number);
    }

    [Fact]
    public async Task TakeNoNumberForATemplateThatDoesNotRender()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);

        await Assert.ThrowsAsync<DocumentRenderException>(() => Issuer.IssueAsync(DocumentSamples.Request(tenant, sector: UnrenderablePlugin.SectorId)));
        var ledger = await fixture.Grains.GetGrain<ISequenceGrain>(SequenceKeys.For(tenant, "penalty-decision", 2026)).ListAsync();

        Assert.Empty(ledger);
        Assert.Equal("新市监罚〔2026〕1号", (await Issuer.IssueAsync(DocumentSamples.Request(tenant))).Number);
    }

    [Fact]
    public async Task RefuseADocumentKindTheSectorDoesNotHave()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Issuer.IssueAsync(DocumentSamples.Request(tenant) with { Kind = "no-such-kind" }));

        Assert.Equal(ErrorCodes.DocumentKindUnknown, refused.Code);
        Assert.Contains("no-such-kind", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteTheNumberIntoADocxThatOpens()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);

        var issued = await Issuer.IssueAsync(DocumentSamples.Request(tenant));

        await using var stream = fixture.Blobs().OpenRead(issued.File.Hash);
        using var docx = WordprocessingDocument.Open(stream, false);
        var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("新市监罚〔2026〕1号", text, StringComparison.Ordinal);
        Assert.Contains("行政处罚决定书", text, StringComparison.Ordinal);
        Assert.Equal("行政处罚决定书-新市监罚〔2026〕1号.docx", issued.File.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", issued.File.MediaType);
    }

    [Fact]
    public async Task StoreTheDocxUnderItsOwnSm3()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);

        var issued = await Issuer.IssueAsync(DocumentSamples.Request(tenant));

        var bytes = await File.ReadAllBytesAsync(Path.Combine(fixture.Blobs().DataDir, issued.File.BlobPath));
        Assert.Equal(issued.File.Hash, "sm3:" + Convert.ToHexStringLower(ChainHashAlgorithm.Sm3.Hash(bytes)));
        Assert.Equal(bytes.Length, issued.File.Size);
    }

    [Fact]
    public async Task IssueAnUnnumberedKindWithoutTakingANumber()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);

        var record = await Issuer.IssueAsync(DocumentSamples.Request(tenant, kind: "on-site-record"));

        Assert.Null(record.Number);
        Assert.Equal("现场笔录.docx", record.File.FileName);
        Assert.Empty(await fixture.Grains.GetGrain<ISequenceGrain>(SequenceKeys.For(tenant, "on-site-record", 2026)).ListAsync());
    }

    [Fact]
    public async Task DeriveTheAgencyCodeFromItsNameWhenNoneIsRecorded()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture, documentCode: null);

        var issued = await Issuer.IssueAsync(DocumentSamples.Request(tenant, kind: "rectification-notice"));

        Assert.Equal("新市监责改〔2026〕1号", issued.Number);
    }

    [Fact]
    public async Task GiveTheSameNumberWhenTheSameDocumentIsIssuedAgain()
    {
        var tenant = await DocumentSamples.NewAgencyAsync(fixture);
        var request = DocumentSamples.Request(tenant);

        await Issuer.IssueAsync(request);
        var retried = await Issuer.IssueAsync(request);
        var other = await Issuer.IssueAsync(DocumentSamples.Request(tenant));

        Assert.Equal("新市监罚〔2026〕1号", retried.Number);
        Assert.Equal("新市监罚〔2026〕2号", other.Number);
    }
}
