using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;
using SanXiang.Tests.Shared;
using SanXiang.Web.CaseFiles;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>Issue 12 §3, §10 and §14 against the running host, anonymously: the zip bomb, the zip cut short, the proof that tells cases apart.</summary>
[Trait("Suite", "Hostile")]
[Collection(GraphQLCollection.Name)]
public sealed class PublicVerifierShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task AnswerAZipBombWith413AndAChineseReason()
    {
        using var response = await UploadAsync(ZipBomb.Events(1L << 30));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<CaseFileError>())!;
        Assert.Equal("CASE_FILE_TOO_LARGE", error.Code);
        Assert.Contains("拒绝校验", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAZipCutShortWithAReasonRatherThanA500()
    {
        var zip = ZipBomb.Zip(("manifest.json", ZipBomb.Manifest, 1), ("events.jsonl", "{}\n", 1));

        using var response = await UploadAsync(zip[..^10]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = (await response.Content.ReadFromJsonAsync<CaseFileVerdictView>())!;
        Assert.Equal("UNUSABLE", verdict.Outcome);
        Assert.Equal("ZIP_UNREADABLE", verdict.Findings[0].Code);
        Assert.Contains("不完整", verdict.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveOneAnswerForAnUnknownCaseAnUnknownEventAndOneNewerThanTheCheckpoint()
    {
        var caseId = $"hostile-{Guid.NewGuid():N}";
        var store = factory.Services.GetRequiredService<CaseEventStore>();
        Assert.True((await store.AppendAsync("xintian-scjg", caseId, 0, [Event(), Event()])).Succeeded);
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITransparencyLogGrain>("xintian-scjg").CheckpointAsync();
        Assert.True((await store.AppendAsync("xintian-scjg", caseId, 2, [Event()])).Succeeded);
        using var anonymous = factory.CreateClient();

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var query in new[] { $"case={caseId}&seq=3", $"case={caseId}&seq=99", "case=no-such-case&seq=1" })
        {
            using var response = await anonymous.GetAsync(new Uri($"/public/xintian-scjg/proof?{query}", UriKind.Relative));
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.Equal(HttpStatusCode.NotFound, answers[0].Item1);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
        Assert.DoesNotContain(answers[0].Item2, char.IsAsciiDigit);
    }

    private static NewCaseEvent Event() => new("step.completed", """{"stepId":"inspect"}""", "officer-0001", DateTimeOffset.UtcNow);

    private async Task<HttpResponseMessage> UploadAsync(byte[] zip)
    {
        using var anonymous = factory.CreateClient();
        using var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return await anonymous.PostAsync(new Uri("/verify/case-file", UriKind.Relative), content);
    }
}
