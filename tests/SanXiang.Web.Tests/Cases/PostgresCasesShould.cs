using System.Net;
using SanXiang.Domain.CaseFiles;

namespace SanXiang.Web.Tests.Cases;

/// <summary>The penalty case walked to closing on PostgreSQL (needs SANXIANG_TEST_POSTGRES; ./test.sh sets it).</summary>
public sealed class PostgresCasesShould(PostgresCasesAppFactory factory) : IClassFixture<PostgresCasesAppFactory>
{
    [PostgresFact]
    public async Task WalkAPenaltyCaseToClosingWithAnIntactRecordAndCaseFile()
    {
        var walk = await PenaltyCaseWalk.ToClosingAsync(factory, "周强", "吴敏");

        Assert.Equal("CLOSED", walk.Closed["status"]!.GetValue<string>());
        var verified = await walk.Api.PostAsync(CaseChain.Verify, new { t = CaseApi.Tenant, c = walk.CaseId });
        Assert.True(verified.Data!["verifyCase"]!["ok"]!.GetValue<bool>(), verified.ToString());

        var (response, zip) = await walk.Api.DownloadAsync($"/t/{CaseApi.Tenant}/cases/{walk.CaseId}/case-file.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(zip));
        Assert.True(verdict.Outcome == CaseFileOutcome.Valid, string.Join("\n", verdict.Problems.Select(p => $"{p.Code} {p.Path} {p.Message}")));
        Assert.Equal(walk.Closed["lastSequence"]!.GetValue<long>(), verdict.EventCount);
    }

    [PostgresFact]
    public Task FindASubordinatesCaseOnlyForThoseAboveIt() => SubordinateCaseSearch.FindASubordinatesCaseOnlyForThoseAboveItAsync(factory, "钱进", "孙立");
}
