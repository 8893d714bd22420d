using SanXiang.Web.Tests.Cases;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Disclosures;

/// <summary>
/// A 市场监管 penalty case against a citizen, 刘德华, walked through the API by <c>xintian-scjg.officer</c> up to its decision
/// (a 5 000-yuan fine), which drafts its disclosure; the facts name his phone number and a witness, 陈小春.
/// </summary>
internal sealed record DecidedCitizenCase(CaseApi Api, string CaseId, string DocumentNumber)
{
    public const string Party = "刘德华";

    public const string Phone = "13912345678";

    public const string Witness = "陈小春";

    public static async Task<DecidedCitizenCase> WalkAsync(CasesAppFactory factory, string firstOfficer, string secondOfficer)
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync(firstOfficer), await admin.AddOfficerAsync(secondOfficer)];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var opened = await api.PostAsync($"mutation($i: OpenCaseInput!) {{ openCase(input: $i) {{ {CaseApi.CaseFields} }} }}", new
        {
            i = new { tenantId = CaseApi.Tenant, title = "销售超过保质期的食品案", category = "PENALTY", party = new { name = Party, kind = "CITIZEN", idCode = "431128199001010011" }, officerIds = team, proposedFine = 5000m },
        });
        Assert.True(opened.Codes.Count == 0, opened.ToString());
        var caseId = CaseApi.Id(opened.Data!["openCase"]!);
        await api.IssuedAsync(caseId, "filing", "case-source-register");
        await api.IssuedAsync(caseId, "filing", "filing-approval");
        await api.CompletedAsync(caseId, "filing", team[..1]);
        await api.IssuedAsync(caseId, "investigation", "on-site-record");
        await api.IssuedAsync(caseId, "investigation", "inquiry-record");
        var upload = await api.UploadAsync(CaseApi.Video(20_000, seed: 7), CaseApi.Recording(team[0]));
        var recorded = await api.PostAsync("mutation($i: AddRecordingInput!) { addRecording(input: $i) { id } }", new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = upload, stepId = "investigation" } });
        Assert.True(recorded.Codes.Count == 0, recorded.ToString());
        await api.CompletedAsync(caseId, "investigation", team);
        await api.SkipAsync(caseId, "evidence-preservation", "证据不存在灭失或者难以取得的情形");
        await api.IssuedAsync(caseId, "examination", "investigation-report");
        await api.CompletedAsync(caseId, "examination", team[..1]);
        await api.IssuedAsync(caseId, "notification", "penalty-notice");
        await api.CompletedAsync(caseId, "notification", team[..1]);
        await api.SkipAsync(caseId, "hearing", "当事人在告知后五个工作日内未要求听证");
        await api.SkipAsync(caseId, "legal-review", "不属于重大执法决定法制审核目录清单所列情形");
        await api.SkipAsync(caseId, "collective-discussion", "案情简单，不属于情节复杂或者重大违法行为");
        var proposed = await api.PostAsync(
            "mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId, kinds = new[] { "FINE" }, fine = 5000m, legalBasis = "《中华人民共和国食品安全法》第一百二十四条", factsSummary = $"{Party}（联系电话{Phone}）销售超过保质期的食品，证人{Witness}证实" } });
        Assert.True(proposed.Codes.Count == 0, proposed.ToString());
        var decision = await api.IssuedAsync(caseId, "decision", "penalty-decision");
        await api.CompletedAsync(caseId, "decision", team[..1]);
        return new DecidedCitizenCase(api, caseId, decision["number"]!.GetValue<string>());
    }

    /// <summary>Previews with the witness hidden and publishes that record.</summary>
    public async Task<GraphQLResponse> PublishAsync(CaseApi? by = null)
    {
        var preview = await Api.PostAsync(
            "query($t: ID!, $c: ID!, $n: [String!]) { disclosurePreview(tenantId: $t, caseId: $c, otherNames: $n) { hash masked { partyName facts } } }",
            new { t = CaseApi.Tenant, c = CaseId, n = new[] { Witness } });
        Assert.True(preview.Codes.Count == 0, preview.ToString());
        var hash = preview.Data!["disclosurePreview"]!["hash"]!.GetValue<string>();
        return await (by ?? Api).PostAsync(
            "mutation($i: PublishDisclosureInput!) { publishDisclosure(input: $i) { status recordSequence displayUntil record { partyName facts } } }",
            new { i = new { tenantId = CaseApi.Tenant, caseId = CaseId, shownHash = hash, otherNames = new[] { Witness } } });
    }
}
