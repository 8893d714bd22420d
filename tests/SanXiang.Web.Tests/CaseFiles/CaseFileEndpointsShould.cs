using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.CaseFiles;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Files;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host;
using SanXiang.Web.CaseFiles;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.CaseFiles;

/// <summary>The case-file download (signed in, tenant access) and the public verifier behind /verify, on the co-hosted web host.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class CaseFileEndpointsShould(GraphQLAppFactory factory)
{
    private const string Tenant = "xintian-scjg";

    [Fact]
    public async Task RequireSignInForTheDownload()
    {
        var caseId = await SeedCaseAsync();
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await anonymous.GetAsync(DownloadPath(caseId));

        // A download link clicked in the browser leads to the sign-in page, as the console does.
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseTheDownloadToAUserOfAnotherTenant()
    {
        var caseId = await SeedCaseAsync();
        using var client = await SignedInAsync("xuchang.officer");

        using var response = await client.GetAsync(DownloadPath(caseId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN", (await response.Content.ReadFromJsonAsync<CaseFileError>())!.Code);
    }

    [Fact]
    public async Task AnswerNotFoundForACaseWithoutEvents()
    {
        using var client = await SignedInAsync("xintian-scjg.officer");

        using var response = await client.GetAsync(DownloadPath("no-such-case"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("CASE_NOT_FOUND", (await response.Content.ReadFromJsonAsync<CaseFileError>())!.Code);
    }

    [Fact]
    public async Task LetTheTenantsOfficerAndItsSupervisorDownloadACaseFileThatVerifies()
    {
        var caseId = await SeedCaseAsync();

        foreach (var user in new[] { "xintian-scjg.officer", "xintian-sfj.supervisor" })
        {
            using var client = await SignedInAsync(user);
            using var response = await client.GetAsync(DownloadPath(caseId));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
            var verdict = await CaseFileVerifier.VerifyAsync(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
            Assert.Equal(CaseFileOutcome.Valid, verdict.Outcome);
            Assert.Equal(3, verdict.EventCount);
        }
    }

    [Fact]
    public async Task ServeTheVerifyPageToAnyone()
    {
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var html = await anonymous.GetStringAsync("/verify");

        Assert.Contains("案卷校验", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAnUploadedValidCaseFileForAnyone()
    {
        var zip = await DownloadAsync(await SeedCaseAsync());

        var verdict = await UploadAsync(zip);

        Assert.Equal("VALID", verdict.Outcome);
        Assert.Null(verdict.FirstBadEvent);
    }

    [Fact]
    public async Task NameTheFirstBadEventOfATamperedUpload()
    {
        var zip = SwapEvents(await DownloadAsync(await SeedCaseAsync()), 2, 3);

        var verdict = await UploadAsync(zip);

        Assert.Equal("INVALID", verdict.Outcome);
        Assert.Equal(("SEQUENCE_ORDER", 2L), (verdict.FirstBadEvent?.Code, verdict.FirstBadEvent?.Sequence));
    }

    [Fact]
    public async Task CheckTheFileAgainstTheAgencysLiveLogAndNameTheAgency()
    {
        var verdict = await UploadAsync(await DownloadAsync(await SeedCaseAsync()));

        Assert.Equal("VALID", verdict.Outcome);
        Assert.True(verdict.OnlineChecked);
        Assert.Equal("新田县市场监督管理局", verdict.AgencyName);
        Assert.Contains(verdict.Findings, f => f.Code == LiveLogCheck.Key && f.Passed);
        Assert.Contains(verdict.Findings, f => f.Code == LiveLogCheck.Log && f.Passed);
        Assert.Contains(verdict.Findings, f => f.Code == LiveLogCheck.Head && f.Passed);
    }

    [Fact]
    public async Task SayOnlineAndOfflineThatTheSupervisingDepartmentWitnessedTheCheckpoint()
    {
        var verdict = await UploadAsync(await DownloadAsync(await SeedCaseAsync()));

        Assert.Equal("VALID", verdict.Outcome);
        Assert.Contains(verdict.Findings, f => f.Code == LiveLogCheck.Witnessed && f.Passed && f.Message.Contains("已由 新田县司法局 见证（", StringComparison.Ordinal));
        Assert.Contains(verdict.Findings, f => f.Code == CaseFileCodes.Cosignatures && f.Passed);
    }

    [Fact]
    public async Task SayOnlineThatAFileLacksEventsTheAgencyHasSignedSince()
    {
        var caseId = await SeedCaseAsync();
        var zip = await DownloadAsync(caseId);
        var store = factory.Services.GetRequiredService<CaseEventStore>();
        var last = await store.ReadAsync(Tenant, caseId).CountAsync();
        Assert.True((await store.AppendAsync(Tenant, caseId, last, [new NewCaseEvent("evidence.noted", "{}", "xintian-scjg.officer", DateTimeOffset.UtcNow)])).Succeeded);

        // Checkpoints are kept one per second: the download may have signed one this very second.
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<SanXiang.Silo.Transparency.ITransparencyLogGrain>(Tenant).CheckpointAsync();

        var verdict = await UploadAsync(zip);

        Assert.Equal("INVALID", verdict.Outcome);
        var outdated = Assert.Single(verdict.Findings, f => !f.Passed);
        Assert.Equal(LiveLogCheck.Outdated, outdated.Code);
    }

    [Fact]
    public void NameEveryCheckCodeInChinese()
    {
        var codes = typeof(CaseFileCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Concat(typeof(LiveLogCheck).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
            .Concat(["HASH_MISMATCH", "CHAIN_BROKEN", "SEQUENCE_GAP", "SEQUENCE_ORDER", "WRONG_TENANT", "WRONG_CASE", "UNKNOWN_ALGORITHM", "ANCHOR_MISMATCH"]);

        Assert.All(codes, code => Assert.Contains(code, CheckLabels.Known));
    }

    [Fact]
    public async Task SayAnUploadIsNotACaseFile()
    {
        var verdict = await UploadAsync("plain text"u8.ToArray());

        Assert.Equal("UNUSABLE", verdict.Outcome);
    }

    private static string DownloadPath(string caseId) => $"/t/{Tenant}/cases/{caseId}/case-file.zip";

    private async Task<CaseFileVerdictView> UploadAsync(byte[] zip)
    {
        using var anonymous = factory.CreateClient();
        using var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var response = await anonymous.PostAsync("/verify/case-file", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseFileVerdictView>())!;
    }

    private async Task<byte[]> DownloadAsync(string caseId)
    {
        using var client = await SignedInAsync("xintian-scjg.officer");
        return await client.GetByteArrayAsync(DownloadPath(caseId));
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var login = await GraphQLClient.SignedInAsync(factory, user, GraphQLAppFactory.DemoPassword);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.Token);
        return client;
    }

    // A case of three events straight into the host's event log, one with a recording in its blob folder.
    private async Task<string> SeedCaseAsync()
    {
        var caseId = $"2026-{Guid.NewGuid():N}"[..16];
        var store = factory.Services.GetRequiredService<CaseEventStore>();
        var dataDir = factory.Services.GetRequiredService<SanXiangOptions>().FullDataDir;
        var video = Encoding.UTF8.GetBytes($"recording of {caseId}");
        var (hash, size) = await ContentHash.ComputeAsync(new MemoryStream(video));
        var file = new StoredFile(hash, "现场检查.mp4", "video/mp4", size);
        var blob = Path.Combine(dataDir, file.BlobPath);
        Directory.CreateDirectory(Path.GetDirectoryName(blob)!);
        await File.WriteAllBytesAsync(blob, video);
        var at = CanonicalEventEncoding.ToStoredPrecision(DateTimeOffset.UtcNow);
        var files = JsonSerializer.Serialize(new[] { new { hash, fileName = file.FileName, mediaType = file.MediaType, size } });
        var result = await store.AppendAsync(Tenant, caseId, 0, [
            new NewCaseEvent("case.opened", """{"category":"Penalty"}""", "xintian-scjg.officer", at),
            new NewCaseEvent("recording.added", $$"""{"kind":"on-site","files":{{files}}}""", "xintian-scjg.officer", at, [hash]),
            new NewCaseEvent("step.completed", """{"stepId":"investigation"}""", "xintian-scjg.officer", at),
        ]);
        Assert.True(result.Succeeded);
        return caseId;
    }

    private static byte[] SwapEvents(byte[] zip, int first, int second)
    {
        using var copy = new MemoryStream();
        copy.Write(zip);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("events.jsonl")!;
            string[] lines;
            using (var reader = new StreamReader(entry.Open()))
            {
                lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }

            (lines[first - 1], lines[second - 1]) = (lines[second - 1], lines[first - 1]);
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("events.jsonl").Open());
            writer.Write(string.Join('\n', lines) + "\n");
        }

        return copy.ToArray();
    }
}
