using DocumentFormat.OpenXml.Packaging;
using SanXiang.Domain.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Agencies;

[Collection(ClusterCollection.Name)]
public sealed class AgencySettingsGrainShould(ClusterFixture fixture)
{
    private static readonly DateTimeOffset At = CaseSamples.At(2026, 3, 3);

    [Fact]
    public async Task FillTheAgencysDefaultsIntoADecisionThatLeavesThemEmpty()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        await fixture.Grains.GetGrain<IAgencySettingsGrain>(tenant).SaveDocumentDefaultsAsync(new Dictionary<string, string?>
        {
            [DocumentDefaultFields.PaymentBank] = " 新田县非税收入汇缴结算户（中国农业银行新田县支行） ",
            [DocumentDefaultFields.ReconsiderationBody] = "新田县人民政府",
            [DocumentDefaultFields.Court] = "新田县人民法院",
        });
        var caseId = (await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(At))).Id;
        var grain = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId));
        var issue = CaseSamples.Issue("decision", "penalty-decision", At);
        // The bank and the reconsideration body left out, the court left empty: the defaults fill all three.
        var fields = issue.Fields.Where(f => f.Key is not (DocumentDefaultFields.PaymentBank or DocumentDefaultFields.ReconsiderationBody))
            .ToDictionary(f => f.Key, f => f.Key == DocumentDefaultFields.Court ? "" : f.Value);

        var issued = await grain.IssueDocumentAsync(issue with { Fields = fields });

        var text = await TextAsync(issued.File.Hash);
        Assert.Contains("新田县非税收入汇缴结算户（中国农业银行新田县支行）", text, StringComparison.Ordinal);
        Assert.Contains("新田县人民政府", text, StringComparison.Ordinal);
        Assert.Contains("新田县人民法院", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameEveryDefaultThatIsRefused()
    {
        var grain = fixture.Grains.GetGrain<IAgencySettingsGrain>(Samples.NewTenantId());

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.SaveDocumentDefaultsAsync(new Dictionary<string, string?>
        {
            [DocumentDefaultFields.PaymentBank] = new string('行', 201),
            [DocumentDefaultFields.Court] = "某\u202e法院",
        }));

        Assert.Equal([DocumentDefaultFields.PaymentBank, DocumentDefaultFields.Court], refused.Problems.Select(p => p.Field));
        Assert.Empty(await grain.GetDocumentDefaultsAsync());
    }

    private async Task<string> TextAsync(string hash)
    {
        using var copy = new MemoryStream();
        await using (var blob = fixture.Blobs().OpenRead(hash))
        {
            await blob.CopyToAsync(copy);
        }

        copy.Position = 0;
        using var document = WordprocessingDocument.Open(copy, false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }
}
