using System.Net;
using SanXiang.Web.Tests.Cases;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Cluster;

/// <summary>
/// Issue 9, item 5: the web host works as a pure client of a two-silo cluster on PostgreSQL. Each test
/// starts from <see cref="CaseWithEvidenceAsync"/>, a case whose record holds an uploaded file and an
/// issued document, so a test of the case-file download (the export moving into a grain) needs only
/// its own request.
/// </summary>
[Collection(ClientModeClusterCollection.Name)]
public sealed class ClientModeClusterShould(ClientModeCluster cluster)
{
    [Fact]
    public async Task FileUploadedEvidenceInACaseAndServeTheFilesTheSilosWrote()
    {
        var (api, caseId, photo, document) = await CaseWithEvidenceAsync();

        var read = await api.PostAsync("query($t: ID!, $c: ID!) { case(tenantId: $t, id: $c) { evidence { description file { hash mediaType downloadUrl } } } }", new { t = CaseApi.Tenant, c = caseId });
        var evidence = read.Data!["case"]!["evidence"]!.AsArray().Single()!;
        var (photoResponse, photoBytes) = await api.DownloadAsync(evidence["file"]!["downloadUrl"]!.GetValue<string>());
        var (documentResponse, documentBytes) = await api.DownloadAsync(document["downloadUrl"]!.GetValue<string>());

        Assert.Equal(CaseApi.Sm3(photo), evidence["file"]!["hash"]!.GetValue<string>());
        Assert.Equal("image/jpeg", evidence["file"]!["mediaType"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, photoResponse.StatusCode);
        Assert.Equal(photo, photoBytes);

        // A silo process rendered and stored the document; the web host serves it from the shared folder.
        Assert.Equal(HttpStatusCode.OK, documentResponse.StatusCode);
        Assert.Equal(document["hash"]!.GetValue<string>(), CaseApi.Sm3(documentBytes));
        Assert.True(File.Exists(Path.Combine(cluster.DataDir, "blobs", "sm3", CaseApi.Sm3(documentBytes)[4..6], CaseApi.Sm3(documentBytes)[4..])));
    }

    [Fact]
    public async Task ReadTheCalendarThroughTheApiAndThePage()
    {
        var api = await CaseApi.SignedInAsync(cluster.Web, PenaltyCaseWalk.Officer);
        var year = await api.PostAsync("query { calendar(year: 2026) { year provisional days { date off holiday } } workingDays(from: \"2026-09-30\", days: 1) { date } }");
        using var browser = cluster.Web.CreateClient();
        using var signIn = await browser.PostAsync(new Uri($"{GraphQL.CookieSignInFilter.Path}?user=admin&password={Uri.EscapeDataString(ClientModeCluster.AdminPassword)}", UriKind.Relative), null);
        using var page = await browser.GetAsync(new Uri("/calendar", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.True(year.Codes.Count == 0, year.ToString());
        Assert.Contains(year.Data!["calendar"]!["days"]!.AsArray(), day => day!["date"]!.GetValue<string>() == "2026-10-01" && day["off"]!.GetValue<bool>());
        Assert.Equal("2026-10-08", year.Data!["workingDays"]!["date"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("工作日历", html, StringComparison.Ordinal);
        Assert.Contains("2026年", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CarryARolloutChangeMadeInASiloToTheDashboardOfTheClientWebHost()
    {
        var supervisor = await CaseApi.SignedInAsync(cluster.Web, "xintian-sfj.supervisor");
        var agency = await CaseApi.SignedInAsync(cluster.Web, "gengma-yjj.admin");
        var gengma = await CaseApi.SignedInAsync(cluster.Web, "gengma-sfj.supervisor");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (response, reader) = await GraphQL.EventStreams.OpenAsync(
            gengma.Http, gengma.Token, """subscription { rolloutChanged(tenantId: "gengma-sfj") { tenantId rollup { agenciesWithPlan } } }""", timeout.Token);
        var (otherResponse, otherReader) = await GraphQL.EventStreams.OpenAsync(
            supervisor.Http, supervisor.Token, """subscription { rolloutChanged(tenantId: "xintian-sfj") { tenantId } }""", timeout.Token);
        using (response)
        using (reader)
        using (otherResponse)
        using (otherReader)
        {
            // The plan grain runs in one of the two silo processes; the change reaches this process on the cluster's stream.
            var filed = await agency.PostAsync("""
                mutation { fileDeliverable(input: { tenantId: "gengma-yjj", deliverable: "推行三项制度工作总结", evidence: [{ title: "《工作总结》" }] }) { title } }
                """);
            Assert.True(filed.Codes.Count == 0, filed.ToString());

            var (name, data) = await GraphQL.EventStreams.ReadEventAsync(reader, timeout.Token);
            var change = System.Text.Json.Nodes.JsonNode.Parse(data)!["data"]!["rolloutChanged"]!;
            Assert.Equal("next", name);
            Assert.Equal("gengma-yjj", change["tenantId"]!.GetValue<string>());
            Assert.Equal(1, change["rollup"]!["agenciesWithPlan"]!.GetValue<int>());

            // A department that 耿马 does not sit under hears nothing of it.
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            quiet.CancelAfter(TimeSpan.FromSeconds(2));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GraphQL.EventStreams.ReadEventAsync(otherReader, quiet.Token));
        }
    }

    /// <summary>A case of 新田县市场监督管理局 opened, with a photo uploaded over tus and filed as evidence, and its first document issued.</summary>
    private async Task<(CaseApi Api, string CaseId, byte[] Photo, System.Text.Json.Nodes.JsonNode Document)> CaseWithEvidenceAsync()
    {
        var admin = await CaseApi.SignedInAsync(cluster.Web, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("林海"), await admin.AddOfficerAsync("白雪")];
        var api = await CaseApi.SignedInAsync(cluster.Web, PenaltyCaseWalk.Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var photo = SampleFiles.Jpeg(200_000, seed: 9);
        var upload = await api.UploadAsync(photo, new Dictionary<string, string> { ["filename"] = "现场照片.jpg", ["filetype"] = "image/jpeg", ["kind"] = "证据" });
        var filed = await api.PostAsync(
            "mutation($i: AddEvidenceInput!) { addEvidence(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = upload, stepId = "filing", description = "货架上的过期食品" } });
        Assert.True(filed.Codes.Count == 0, filed.ToString());
        var document = await api.IssuedAsync(caseId, "filing", "case-source-register");
        return (api, caseId, photo, document);
    }
}
