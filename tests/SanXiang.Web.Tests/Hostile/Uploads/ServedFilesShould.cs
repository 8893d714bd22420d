using System.Net;
using SanXiang.Web.Tests.Cases;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 8: every stored file is served so that a browser neither sniffs it into something else nor runs it.</summary>
[Trait("Suite", "Hostile")]
[Collection(CasesCollection.Name)]
public sealed class ServedFilesShould(CasesAppFactory factory)
{
    [Fact]
    public async Task ServeACaseFileAsADownloadWithNosniffAndASandboxingPolicy()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("沈园"), await admin.AddOfficerAsync("许诺")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var document = await api.IssuedAsync(caseId, "filing", "case-source-register");

        var (response, _) = await api.DownloadAsync(document["downloadUrl"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        var policy = response.Header("Content-Security-Policy")!;
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("sandbox", policy, StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }
}
