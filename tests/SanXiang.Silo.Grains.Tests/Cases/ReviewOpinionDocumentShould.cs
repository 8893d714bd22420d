using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins.Tests;
using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>The 法制审核意见书 is made from the opinion the reviewer recorded: numbered like every document, the seven points in it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReviewOpinionDocumentShould(ClusterFixture fixture) : IDisposable
{
    private static readonly DateTimeOffset At = CaseSamples.At(2026, 3, 3);

    private readonly string directory = Directory.CreateTempSubdirectory("sanxiang-review-opinion-").FullName;

    [Fact]
    public async Task CarryTheOpinionsSevenPointsUnderItsOwnNumberWhenLibreOfficePrintsIt()
    {
        var (tenant, grain) = await SubmittedAsync();
        var hash = (await grain.GetAsync())!.ProposalHash!;
        await grain.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, hash, ReviewOutcome.HasProblems, At));

        var issued = await grain.IssueDocumentAsync(Issue(new() { ["handling_unit"] = "执法大队", ["review_head_opinion"] = "同意审核意见，退回承办机构。" }));
        var docx = Path.Combine(directory, "opinion.docx");
        await using (var blob = fixture.Blobs().OpenRead(issued.File.Hash))
        await using (var file = File.Create(docx))
        {
            await blob.CopyToAsync(file);
        }

        await LibreOffice.ConvertToPdfAsync(directory, [docx]);
        var text = string.Concat((await LibreOffice.PdfTextAsync(Path.Combine(directory, "opinion.pdf"))).Where(c => !char.IsWhiteSpace(c)));

        Assert.Equal("新市监法审〔2026〕1号", issued.Number);
        Assert.Contains("新市监法审〔2026〕1号", text, StringComparison.Ordinal);
        // pdftotext reads a table's cells across its columns, so a cell's text may be split by its neighbour's.
        Assert.Contains("赵敏", text, StringComparison.Ordinal);
        Assert.Contains("431128A0009", text, StringComparison.Ordinal);
        Assert.Contains("存在问题。罚款数额的裁量理由不充分", text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split("符合。经审查无问题").Length - 1);
        Assert.Contains("罚款、没收违法所得（罚款200,000元，没收1,200元）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseTheOpinionDocumentBeforeAnyOpinionAndTakeNoNumber()
    {
        var (_, grain) = await SubmittedAsync();

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.IssueDocumentAsync(Issue(new() { ["handling_unit"] = "执法大队", ["review_head_opinion"] = "同意" })));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Contains("审核结论", refused.Message, StringComparison.Ordinal);
        Assert.Contains("审核要点7", refused.Message, StringComparison.Ordinal);
        Assert.Empty((await grain.GetAsync())!.Documents);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static IssueDocumentCommand Issue(Dictionary<string, string> fields) => new("legal-review", "legal-review", fields, "xintian-scjg.officer", At);

    private async Task<(string Tenant, ICaseGrain Grain)> SubmittedAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        await ReviewSamples.AddReviewerAsync(fixture.Grains, tenant);
        var caseId = (await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(At, fine: 200_000m))).Id;
        var grain = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, caseId));
        await grain.ProposeDecisionAsync(ReviewSamples.Proposal(200_000m, At));
        await grain.SubmitForReviewAsync(ReviewSamples.Submission(At));
        return (tenant, grain);
    }
}
