using SanXiang.Web.Tests.GraphQL;
using SanXiang.Domain.Calendar;
using SanXiang.Web.Tests.Cases;

namespace SanXiang.Web.Tests.Supervision;

/// <summary>
/// 新田县司法局 inspects 新田县市场监督管理局 through the API: a sampled case file fails on a veto item, the finding becomes a
/// rectification task, the agency submits evidence, may not accept its own fix, and the department accepts it.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class SupervisionApiShould(CasesAppFactory factory)
{
    private const string Department = "xintian-sfj";
    private const string Fields = "id agency evaluations { passed total standard failedVetoes { id } } findings { id text } rectifications { id state deadline workingDays overdue responsibleAgency history { kind agency by note } }";

    [Fact]
    public async Task CarryAFindingFromAScoredCaseFileToAnAcceptedFix()
    {
        var (supervisor, inspection) = await OpenAsync();
        var agency = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        var caseId = (await PenaltyCaseWalk.ToClosingAsync(factory, "周评查", "吴评查")).CaseId;

        var standard = await supervisor.PostAsync("query { evaluationStandard(tenantId: \"xintian-scjg\") { name vetoItems { id } items { id points } } }");
        var scored = await supervisor.PostAsync(
            $"mutation($i: ScoreCaseFileInput!) {{ scoreCaseFile(input: $i) {{ {Fields} }} }}",
            new { i = new { tenantId = Department, inspectionId = inspection, caseTenantId = CaseApi.Tenant, caseId, vetoes = new[] { "evidence" }, scores = Array.Empty<object>() } });
        var finding = scored.Data?["scoreCaseFile"]?["findings"]?[0]?["id"]?.GetValue<string>();
        var assigned = await CreateRectificationAsync(supervisor, inspection, finding, NextWorkingDay());
        var submitted = await agency.PostAsync(
            $"mutation($i: SubmitRectificationEvidenceInput!) {{ submitRectificationEvidence(input: $i) {{ {Fields} }} }}",
            new { i = new { tenantId = Department, inspectionId = inspection, taskId = "R1", note = "已补充检验报告", evidence = new[] { new { title = "《整改情况报告》", documentNumber = "新市监〔2026〕9号" } } } });
        var selfAccepted = await ReviewAsync(agency, inspection, accept: true);
        var accepted = await ReviewAsync(supervisor, inspection, accept: true);
        var listed = await agency.PostAsync("query { rectifications(tenantId: \"xintian-scjg\") { inspectionId taskId state department } }");

        Assert.Empty(standard.Codes.Concat(scored.Codes).Concat(assigned.Codes).Concat(submitted.Codes).Concat(accepted.Codes).Concat(listed.Codes));
        Assert.Equal("市场监管行政处罚案卷评查标准", standard.Data!["evaluationStandard"]!["name"]!.GetValue<string>());
        Assert.Equal(100, standard.Data!["evaluationStandard"]!["items"]!.AsArray().Sum(i => i!["points"]!.GetValue<int>()));
        var evaluation = scored.Data!["scoreCaseFile"]!["evaluations"]![0]!;
        Assert.False(evaluation["passed"]!.GetValue<bool>());
        Assert.Contains("主要证据不足", scored.Data!["scoreCaseFile"]!["findings"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["RECTIFICATION_SELF_REVIEW"], selfAccepted.Codes);
        var task = accepted.Data!["reviewRectification"]!["rectifications"]![0]!;
        Assert.Equal("ACCEPTED", task["state"]!.GetValue<string>());
        Assert.Equal(["ASSIGNED", "EVIDENCE_SUBMITTED", "ACCEPTED"], task["history"]!.AsArray().Select(a => a!["kind"]!.GetValue<string>()));
        Assert.StartsWith("新田县市场监督管理局", task["history"]![1]!["agency"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("新田县司法局", task["history"]![2]!["agency"]!.GetValue<string>(), StringComparison.Ordinal);
        var row = listed.Data!["rectifications"]!.AsArray().Single(r => r!["inspectionId"]!.GetValue<string>() == inspection)!;
        Assert.Equal(("ACCEPTED", "新田县司法局"), (row["state"]!.GetValue<string>(), row["department"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RefuseToScoreTheFileOfACaseStillInProgress()
    {
        var (supervisor, inspection) = await OpenAsync();
        var agency = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        var caseId = CaseApi.Id(await (await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer)).OpenCaseAsync(
            [await agency.AddOfficerAsync("郑评查"), await agency.AddOfficerAsync("王评查")], "销售不合格插座案"));

        var scored = await supervisor.PostAsync(
            $"mutation($i: ScoreCaseFileInput!) {{ scoreCaseFile(input: $i) {{ {Fields} }} }}",
            new { i = new { tenantId = Department, inspectionId = inspection, caseTenantId = CaseApi.Tenant, caseId, vetoes = new[] { "evidence" }, scores = Array.Empty<object>() } });
        var after = await supervisor.PostAsync($"query {{ inspection(tenantId: \"{Department}\", id: \"{inspection}\") {{ evaluations {{ passed }} }} }}");

        Assert.Equal(["EVALUATION_INVALID"], scored.Codes);
        Assert.Contains("尚未结案归档", scored.FirstMessage, StringComparison.Ordinal);
        Assert.Empty(after.Data!["inspection"]!["evaluations"]!.AsArray());
    }

    [Fact]
    public async Task RefuseADeadlineBeforeTodayAndEvidenceFromOutsideTheTask()
    {
        var (supervisor, inspection) = await OpenAsync();
        var yesterday = await CreateRectificationAsync(supervisor, inspection, null, Today().AddDays(-1));
        await CreateRectificationAsync(supervisor, inspection, null, NextWorkingDay());
        var stranger = await CaseApi.SignedInAsync(factory, "xuchang.admin");

        var evidence = await stranger.PostAsync(
            "mutation($i: SubmitRectificationEvidenceInput!) { submitRectificationEvidence(input: $i) { id } }",
            new { i = new { tenantId = Department, inspectionId = inspection, taskId = "R1", evidence = new[] { new { title = "材料" } } } });

        Assert.Equal(["RECTIFICATION_DEADLINE_INVALID"], yesterday.Codes);
        Assert.Equal(["FORBIDDEN"], evidence.Codes);
    }

    [Fact]
    public async Task RefuseAnInspectionOutsideTheDepartmentsSubtree()
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");

        var response = await supervisor.PostAsync(
            "mutation { createInspection(input: { tenantId: \"xintian-sfj\", agencyId: \"xuchang\", title: \"越界检查\" }) { id } }");

        Assert.Equal(["FORBIDDEN"], response.Codes);
    }

    private async Task<(CaseApi Supervisor, string Inspection)> OpenAsync()
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "xintian-sfj.supervisor");
        var opened = await supervisor.PostAsync(
            "mutation { createInspection(input: { tenantId: \"xintian-sfj\", agencyId: \"xintian-scjg\", title: \"2026年行政执法专项监督检查\", passingMark: 80 }) { id passingMark agency } }");
        Assert.True(opened.Codes.Count == 0, opened.ToString());
        Assert.Equal(80, opened.Data!["createInspection"]!["passingMark"]!.GetValue<int>());
        return (supervisor, opened.Data!["createInspection"]!["id"]!.GetValue<string>());
    }

    private static Task<GraphQLResponse> CreateRectificationAsync(CaseApi supervisor, string inspection, string? finding, DateOnly deadline) =>
        supervisor.PostAsync(
            $"mutation($i: CreateRectificationInput!) {{ createRectification(input: $i) {{ {Fields} }} }}",
            new { i = new { tenantId = Department, inspectionId = inspection, findingId = finding, problem = finding is null ? "执法人员清单未按期更新" : null, responsibleAgencyId = CaseApi.Tenant, deadline = deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } });

    private static Task<GraphQLResponse> ReviewAsync(CaseApi by, string inspection, bool accept) =>
        by.PostAsync(
            $"mutation($i: ReviewRectificationInput!) {{ reviewRectification(input: $i) {{ {Fields} }} }}",
            new { i = new { tenantId = Department, inspectionId = inspection, taskId = "R1", accept } });

    private static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    // The host's clock is the real one: the first working day from today on the official table.
    private static DateOnly NextWorkingDay()
    {
        var day = Today();
        while (!WorkingDayCalendar.Official.IsWorkingDay(day).Value)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
