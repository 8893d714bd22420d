using System.Text.Json.Nodes;

namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// A 市场监管 penalty case walked through the API from filing to closing by <c>xintian-scjg.officer</c>, with
/// what the tests look at afterwards: the nodes the API answered and the bytes that were uploaded.
/// </summary>
public sealed record PenaltyCaseWalk(
    CaseApi Api,
    string CaseId,
    IReadOnlyList<string> Team,
    JsonNode Opened,
    JsonNode Recording,
    byte[] Video,
    JsonNode Investigated,
    JsonNode Decision,
    JsonNode Receipt,
    byte[] Scan,
    JsonNode Closed)
{
    public const string Officer = "xintian-scjg.officer";

    public static async Task<PenaltyCaseWalk> ToClosingAsync(CasesAppFactory factory, string firstOfficer, string secondOfficer)
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync(firstOfficer), await admin.AddOfficerAsync(secondOfficer)];
        var api = await CaseApi.SignedInAsync(factory, Officer);

        var opened = await api.OpenCaseAsync(team);
        var caseId = CaseApi.Id(opened);
        await api.IssuedAsync(caseId, "filing", "case-source-register");
        await api.IssuedAsync(caseId, "filing", "filing-approval");
        await api.CompletedAsync(caseId, "filing", team[..1]);

        await api.IssuedAsync(caseId, "investigation", "on-site-record");
        await api.IssuedAsync(caseId, "investigation", "inquiry-record");
        var video = CaseApi.Video(300_000, seed: 1);
        var upload = await api.UploadAsync(video, CaseApi.Recording(team[0]));
        var recorded = await api.PostAsync(
            "mutation($i: AddRecordingInput!) { addRecording(input: $i) { recordings { kind device recordedAt officerId file { hash fileName size downloadUrl } } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = upload, stepId = "investigation" } });
        Assert.True(recorded.Codes.Count == 0, recorded.ToString());
        var recording = recorded.Data!["addRecording"]!["recordings"]![0]!;
        var investigated = await api.CompletedAsync(caseId, "investigation", team);

        await api.SkipAsync(caseId, "evidence-preservation", "证据不存在灭失或者难以取得的情形");
        await api.IssuedAsync(caseId, "examination", "investigation-report");
        await api.CompletedAsync(caseId, "examination", team[..1]);
        await api.IssuedAsync(caseId, "notification", "penalty-notice");
        await api.CompletedAsync(caseId, "notification", team[..1]);
        await api.SkipAsync(caseId, "hearing", "当事人在告知后五个工作日内未要求听证");
        await api.SkipAsync(caseId, "legal-review", "不属于重大执法决定法制审核目录清单所列情形");
        await api.SkipAsync(caseId, "collective-discussion", "案情简单，不属于情节复杂或者重大违法行为");
        var decision = await api.IssuedAsync(caseId, "decision", "penalty-decision");
        await api.CompletedAsync(caseId, "decision", team[..1]);

        var receipt = await api.IssuedAsync(caseId, "service", "service-receipt");
        var scan = CaseApi.Scanned(20_000, seed: 2);
        var signed = await api.PostAsync(
            "mutation($i: AttachSignedCopyInput!) { attachSignedCopy(input: $i) { documents { id signedCopy { hash downloadUrl } } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, documentId = CaseApi.Id(receipt), uploadId = await api.UploadAsync(scan, CaseApi.Scan("送达回证（签收）.pdf")) } });
        Assert.True(signed.Codes.Count == 0, signed.ToString());
        await api.CompletedAsync(caseId, "service", team[..1], avOverrideReason: "当事人到本机关直接签收送达回证，签收件已附卷");
        await api.CompletedAsync(caseId, "execution", team[..1], avOverrideReason: "当事人已自行缴纳罚款，未采取强制执行措施");

        foreach (var kind in new[] { "closing-approval", "case-file-cover", "case-file-index", "case-file-notes" })
        {
            await api.IssuedAsync(caseId, "closing", kind);
        }

        var closed = await api.CompletedAsync(caseId, "closing", team[..1]);
        return new PenaltyCaseWalk(api, caseId, team, opened, recording, video, investigated, decision, receipt, scan, closed);
    }
}
