using System.Net;
using System.Text.Json.Nodes;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Cases;

/// <summary>A 市场监管 penalty case of 新田县市场监督管理局 walked through the API from filing to closing.</summary>
[Collection(CasesCollection.Name)]
public sealed class CasesShould(CasesAppFactory factory)
{
    private const string Officer = PenaltyCaseWalk.Officer;

    [Fact]
    public async Task WalkAPenaltyCaseFromFilingToClosing()
    {
        var walk = await PenaltyCaseWalk.ToClosingAsync(factory, "张明", "李华");
        var (api, caseId, opened, recording, video, decision, closed) = (walk.Api, walk.CaseId, walk.Opened, walk.Recording, walk.Video, walk.Decision, walk.Closed);
        Assert.Matches(@"^\d{4}-\d{4}$", caseId);
        Assert.Equal("OPEN", opened["status"]!.GetValue<string>());
        Assert.Equal("filing", opened["currentStepId"]!.GetValue<string>());
        Assert.Equal("VIDEO", recording["kind"]!.GetValue<string>());
        Assert.Equal("执法记录仪 DSJ-01", recording["device"]!.GetValue<string>());
        Assert.Equal(CaseApi.Sm3(video), recording["file"]!["hash"]!.GetValue<string>());
        Assert.Equal("COMPLETED", Step(walk.Investigated, "investigation")["state"]!.GetValue<string>());
        Assert.Equal("CLOSED", closed["status"]!.GetValue<string>());
        Assert.True(closed["completeness"]!["complete"]!.GetValue<bool>());

        var read = await api.CaseAsync(caseId);
        var events = read["events"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e!["seq"]!.GetValue<int>()));
        Assert.Equal("case.opened", events[0]!["kind"]!.GetValue<string>());
        Assert.Equal("case.closed", events[^1]!["kind"]!.GetValue<string>());
        Assert.Contains(events, e => e!["kind"]!.GetValue<string>() == "recording.added");
        Assert.Contains(events, e => e!["kind"]!.GetValue<string>() == "document.signed-copy");
        Assert.Equal(4, events.Count(e => e!["kind"]!.GetValue<string>() == "step.skipped"));
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e!["hash"]!.GetValue<string>()));
        Assert.All(events, e => Assert.True(DateTimeOffset.TryParse(e!["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _)));
        Assert.Equal(12, read["documents"]!.AsArray().Count);

        var verified = await api.PostAsync("query($t: ID!, $c: ID!) { verifyCase(tenantId: $t, id: $c) { ok firstBadSeq reason message } }", new { t = CaseApi.Tenant, c = caseId });
        Assert.True(verified.Data!["verifyCase"]!["ok"]!.GetValue<bool>(), verified.ToString());
        Assert.Null(verified.Data!["verifyCase"]!["firstBadSeq"]);

        // The decision as issued: a .docx whose SM3 is the hash in the chain, under its Chinese name.
        var (response, docx) = await api.DownloadAsync(decision["downloadUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(decision["hash"]!.GetValue<string>(), CaseApi.Sm3(docx));
        Assert.Equal(decision["size"]!.GetValue<long>(), docx.LongLength);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(docx, 0, 2));
        Assert.Equal(decision["fileName"]!.GetValue<string>(), response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Contains("行政处罚决定书", decision["fileName"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(decision["number"]!.GetValue<string>());

        var (videoResponse, videoBytes) = await api.DownloadAsync(recording["file"]!["downloadUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, videoResponse.StatusCode);
        Assert.Equal("video/mp4", videoResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(video, videoBytes);
    }

    [Fact]
    public async Task RefuseWhatTheProcedureForbidsAndAppendNothing()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("王强"), await admin.AddOfficerAsync("赵敏")];
        var expired = await admin.AddOfficerAsync("钱过期", validTo: "2025-06-30");
        var api = await CaseApi.SignedInAsync(factory, Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));

        var unknown = await api.TryOpenCaseAsync([team[0], "NO-SUCH-CERTIFICATE"]);
        var lapsed = await api.TryOpenCaseAsync([team[0], expired]);
        Assert.Equal(["OFFICER_NOT_FOUND"], unknown.Codes);
        Assert.Contains("不在本机关执法人员名单中", unknown.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(["OFFICER_NOT_CERTIFIED"], lapsed.Codes);

        var before = await api.EventCountAsync(caseId);
        var outOfOrder = await api.CompleteAsync(caseId, "examination", team[..1]);
        var noDocuments = await api.CompleteAsync(caseId, "filing", team[..1]);
        Assert.Equal(["STEP_OUT_OF_ORDER"], outOfOrder.Codes);
        Assert.Equal(["DOCUMENT_REQUIRED"], noDocuments.Codes);
        Assert.Contains("案件来源登记表", noDocuments.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(before, await api.EventCountAsync(caseId));

        await api.IssuedAsync(caseId, "filing", "case-source-register");
        await api.IssuedAsync(caseId, "filing", "filing-approval");
        await api.CompletedAsync(caseId, "filing", team[..1]);
        await api.IssuedAsync(caseId, "investigation", "on-site-record");
        await api.IssuedAsync(caseId, "investigation", "inquiry-record");
        before = await api.EventCountAsync(caseId);

        var noRecording = await api.CompleteAsync(caseId, "investigation", team);
        var unfinished = await api.UploadAsync(CaseApi.Video(10_000, seed: 3), CaseApi.Recording(team[0]), finish: false);
        var notReady = await api.PostAsync(
            "mutation($i: AddRecordingInput!) { addRecording(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = unfinished, stepId = "investigation" } });
        var unknownKind = await api.IssueAsync(caseId, "investigation", "no-such-document");

        Assert.Equal(["AV_REQUIRED"], noRecording.Codes);
        Assert.Contains("音像记录", noRecording.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(["UPLOAD_NOT_READY"], notReady.Codes);
        Assert.Contains("尚未上传完成", notReady.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(["DOCUMENT_KIND_UNKNOWN"], unknownKind.Codes);
        Assert.Equal(before, await api.EventCountAsync(caseId));
    }

    [Fact]
    public async Task KeepThePositionThePhoneGaveWithItsRecordingAndRefuseOneOffTheEarth()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("冯军"), await admin.AddOfficerAsync("陈静")];
        var api = await CaseApi.SignedInAsync(factory, Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var tus = new TusClient(api.Http, api.Token, CaseApi.Tenant);
        var withPosition = new Dictionary<string, string>(CaseApi.Recording(team[0])) { ["location"] = "25.9094,112.2034,12" };
        var offEarth = new Dictionary<string, string>(CaseApi.Recording(team[0])) { ["location"] = "95.1,112.2034" };

        var refusedUpload = await tus.CreateAsync(1_000, offEarth);
        var upload = await api.UploadAsync(CaseApi.Video(1_000, seed: 5), withPosition);
        var badInput = await api.PostAsync(
            "mutation($i: AddRecordingInput!) { addRecording(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = upload, stepId = "investigation", location = "北纬25度" } });
        var added = await api.PostAsync(
            "mutation($i: AddRecordingInput!) { addRecording(input: $i) { recordings { location { latitude longitude accuracyMeters } } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = upload, stepId = "investigation" } });

        Assert.Equal(HttpStatusCode.BadRequest, refusedUpload.StatusCode);
        Assert.Equal("METADATA_INVALID", Assert.Single(refusedUpload.Headers.GetValues("X-SanXiang-Error")));
        Assert.Contains("纬度应在 -90 到 90 度之间", await refusedUpload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["VALIDATION_FAILED"], badInput.Codes);
        Assert.Contains("拍摄位置应为", badInput.FirstMessage, StringComparison.Ordinal);
        Assert.True(added.Codes.Count == 0, added.ToString());
        var location = added.Data!["addRecording"]!["recordings"]![0]!["location"]!;
        Assert.Equal(25.9094, location["latitude"]!.GetValue<double>(), 6);
        Assert.Equal(112.2034, location["longitude"]!.GetValue<double>(), 6);
        Assert.Equal(12, location["accuracyMeters"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task RefuseAnUploadOfAnotherUser()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("孙立"), await admin.AddOfficerAsync("周洁")];
        var api = await CaseApi.SignedInAsync(factory, Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var reviewer = await CaseApi.SignedInAsync(factory, "xintian-scjg.reviewer");
        var theirs = await reviewer.UploadAsync(CaseApi.Video(1_000, seed: 4), CaseApi.Recording(team[0]));

        var response = await api.PostAsync(
            "mutation($i: AddRecordingInput!) { addRecording(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = theirs, stepId = "investigation" } });

        Assert.Equal(["UPLOAD_NOT_READY"], response.Codes);
        Assert.Equal(1, await api.EventCountAsync(caseId));
    }

    [Fact]
    public async Task LetASupervisingDepartmentReadButNotWrite()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("吴刚"), await admin.AddOfficerAsync("郑爽")];
        var api = await CaseApi.SignedInAsync(factory, Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var supervisor = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");

        var read = await supervisor.CaseAsync(caseId);
        var listed = await supervisor.PostAsync("query($t: ID!) { cases(tenantId: $t) { nodes { id title partyName } } }", new { t = CaseApi.Tenant });
        var write = await supervisor.CompleteAsync(caseId, "filing", team[..1]);
        var open = await supervisor.TryOpenCaseAsync(team);

        Assert.Equal(caseId, CaseApi.Id(read));
        Assert.Contains(listed.Data!["cases"]!["nodes"]!.AsArray(), c => CaseApi.Id(c!) == caseId);
        Assert.Equal(["FORBIDDEN"], write.Codes);
        Assert.Equal(["FORBIDDEN"], open.Codes);
        Assert.Equal(1, await api.EventCountAsync(caseId));
    }

    [Fact]
    public async Task GiveAnotherAgencysUserNothing()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("冯雪"), await admin.AddOfficerAsync("陈晨")];
        var api = await CaseApi.SignedInAsync(factory, Officer);
        var opened = await api.OpenCaseAsync(team);
        var caseId = CaseApi.Id(opened);
        var stranger = await CaseApi.SignedInAsync(factory, "yuxi-sfj.officer");

        var read = await stranger.PostAsync("query($t: ID!, $c: ID!) { case(tenantId: $t, id: $c) { id title } }", new { t = CaseApi.Tenant, c = caseId });
        stranger.GraphQL.Tenant = "yuxi-sfj";
        var underOwnTenant = await stranger.PostAsync("query($t: ID!) { cases(tenantId: $t) { nodes { id } } }", new { t = CaseApi.Tenant });
        var write = await stranger.CompleteAsync(caseId, "filing", team[..1]);
        var (download, _) = await stranger.DownloadAsync($"/t/{CaseApi.Tenant}/cases/{caseId}/files/{new string('0', 64)}");

        Assert.Single(read.Codes, code => code is "FORBIDDEN" or "TENANT_MISMATCH");
        Assert.Null(read.Data?["case"]);
        Assert.Single(underOwnTenant.Codes, code => code is "FORBIDDEN" or "TENANT_MISMATCH");
        Assert.Single(write.Codes, code => code is "FORBIDDEN" or "TENANT_MISMATCH");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact]
    public async Task ServeOnlyTheFilesOfTheCaseItself()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("褚红"), await admin.AddOfficerAsync("卫东")];
        var api = await CaseApi.SignedInAsync(factory, Officer);
        var first = CaseApi.Id(await api.OpenCaseAsync(team));
        var second = CaseApi.Id(await api.OpenCaseAsync(team, "未按规定公示食品经营许可证案"));
        var register = await api.IssuedAsync(first, "filing", "case-source-register");
        var url = register["downloadUrl"]!.GetValue<string>();
        var supervisor = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");

        var (own, bytes) = await api.DownloadAsync(url);
        var (viaOtherCase, _) = await api.DownloadAsync(url.Replace($"/cases/{first}/", $"/cases/{second}/", StringComparison.Ordinal));
        var (bySupervisor, _) = await supervisor.DownloadAsync(url);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(register["hash"]!.GetValue<string>(), CaseApi.Sm3(bytes));
        Assert.Equal(HttpStatusCode.NotFound, viaOtherCase.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySupervisor.StatusCode);
    }

    [Fact]
    public async Task CountCasesWithoutListingThemAndRefuseAPageLargerThanAnyList()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("孔明"), await admin.AddOfficerAsync("庞统")];
        var api = await CaseApi.SignedInAsync(factory, Officer);
        await api.OpenCaseAsync(team);

        var counted = await api.PostAsync("query($t: ID!) { cases(tenantId: $t, first: 0) { nodes { id } totalCount } }", new { t = CaseApi.Tenant });
        var tooMany = await api.PostAsync("query($t: ID!) { cases(tenantId: $t, first: 501) { nodes { id } } }", new { t = CaseApi.Tenant });

        Assert.True(counted.Codes.Count == 0, counted.ToString());
        Assert.Empty(counted.Data!["cases"]!["nodes"]!.AsArray());
        Assert.True(counted.Data!["cases"]!["totalCount"]!.GetValue<int>() >= 1);
        Assert.Equal(["VALIDATION_FAILED"], tooMany.Codes);
        Assert.Contains("500", tooMany.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListDueAndOverdueCasesAndTheAvItemList()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("蒋文"), await admin.AddOfficerAsync("沈浩")];
        var api = await CaseApi.SignedInAsync(factory, Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));

        var due = await api.PostAsync("query($t: ID!) { dueCases(tenantId: $t, withinDays: 120) { nodes { id currentStepName nextDeadline { due text } } } overdueCases(tenantId: $t) { nodes { id } } cases(tenantId: $t, status: OPEN, category: PENALTY, overdue: false, text: \"保质期\", first: 10) { nodes { id } totalCount pageInfo { hasNextPage endCursor } } }", new { t = CaseApi.Tenant });
        var items = await api.PostAsync("query($t: ID!) { avItems(tenantId: $t) { step description kinds continuous overrideAllowed } }", new { t = CaseApi.Tenant });

        Assert.True(due.Codes.Count == 0, due.ToString());
        Assert.Contains(due.Data!["dueCases"]!["nodes"]!.AsArray(), c => CaseApi.Id(c!) == caseId && c!["currentStepName"]!.GetValue<string>() == "立案");
        Assert.DoesNotContain(due.Data!["overdueCases"]!["nodes"]!.AsArray(), c => CaseApi.Id(c!) == caseId);
        Assert.Contains(due.Data!["cases"]!["nodes"]!.AsArray(), c => CaseApi.Id(c!) == caseId);
        Assert.True(due.Data!["cases"]!["totalCount"]!.GetValue<int>() >= 1);
        var list = items.Data!["avItems"]!.AsArray();
        Assert.Contains(list, i => i!["step"]!.GetValue<string>() == "HEARING" && !i["overrideAllowed"]!.GetValue<bool>());

        const string Update = "mutation($t: ID!, $items: [AvItemInput!]!) { updateAvItems(tenantId: $t, items: $items) { step description } }";
        var asOfficer = await api.PostAsync(Update, new { t = CaseApi.Tenant, items = list });
        var asAdmin = await admin.PostAsync(Update, new { t = CaseApi.Tenant, items = list });
        Assert.Equal(["FORBIDDEN"], asOfficer.Codes);
        Assert.True(asAdmin.Codes.Count == 0, asAdmin.ToString());
        Assert.Equal(list.Count, asAdmin.Data!["updateAvItems"]!.AsArray().Count);
    }

    [Fact]
    public Task FindASubordinatesCaseOnlyForThoseAboveIt() => SubordinateCaseSearch.FindASubordinatesCaseOnlyForThoseAboveItAsync(factory, "韩梅", "苏醒");

    [Fact]
    public Task RefuseAMalformedOpeningDate() => SubordinateCaseSearch.RefuseAMalformedOpeningDateAsync(factory);

    private static JsonNode Step(JsonNode view, string stepId) => view["steps"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == stepId)!;
}
