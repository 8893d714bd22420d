namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class PlanMutationsShould(GraphQLAppFactory factory)
{
    private const string FileMutation = """
        mutation($t: ID!, $d: String!) {
          fileDeliverable(input: { tenantId: $t, deliverable: $d, evidence: [{ title: "《推行三项制度具体工作方案》", documentNumber: "耿应急发〔2019〕8号" }] }) {
            deliverables { name state filedLate history { kind agency } }
          }
        }
        """;

    private const string ReviewMutation = """
        mutation($t: ID!, $d: String!, $a: Boolean!, $r: String) {
          reviewDeliverable(input: { tenantId: $t, deliverable: $d, approve: $a, remark: $r }) {
            deliverables { name state remark history { kind agency } }
            progress { deliverablesApproved }
          }
        }
        """;

    [Fact]
    public async Task CarryADeliverableFromFilingThroughReturnToApprovalByTheSupervisingDepartment()
    {
        var agency = await GraphQLClient.SignedInAsync(factory, "gengma-yjj.admin", GraphQLAppFactory.DemoPassword);
        var supervisor = await GraphQLClient.SignedInAsync(factory, "gengma-sfj.supervisor", GraphQLAppFactory.DemoPassword);
        var name = "推行三项制度工作总结";

        var filed = await agency.PostAsync(FileMutation, new { t = "gengma-yjj", d = name });
        var evidence = await supervisor.PostAsync("""{ tenant(id: "gengma-yjj") { plan { deliverables { name history { evidence { documentNumber } } } } } }""");
        var returned = await supervisor.PostAsync(ReviewMutation, new { t = "gengma-yjj", d = name, a = false, r = "未附自查情况" });
        var refiled = await agency.PostAsync(FileMutation, new { t = "gengma-yjj", d = name });
        var approved = await supervisor.PostAsync(ReviewMutation, new { t = "gengma-yjj", d = name, a = true, r = (string?)null });

        Assert.Empty(filed.Codes.Concat(evidence.Codes).Concat(returned.Codes).Concat(refiled.Codes).Concat(approved.Codes));
        var afterFiling = Deliverable(filed, "fileDeliverable", name);
        Assert.Equal("FILED", afterFiling["state"]!.GetValue<string>());
        Assert.True(afterFiling["filedLate"]!.GetValue<bool>());
        Assert.StartsWith("耿马傣族佤族自治县应急管理局", afterFiling["history"]![0]!["agency"]!.GetValue<string>(), StringComparison.Ordinal);
        var filedEvidence = evidence.Data!["tenant"]!["plan"]!["deliverables"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == name)!;
        Assert.Equal("耿应急发〔2019〕8号", filedEvidence["history"]![0]!["evidence"]![0]!["documentNumber"]!.GetValue<string>());
        Assert.Equal("未附自查情况", Deliverable(returned, "reviewDeliverable", name)["remark"]!.GetValue<string>());
        var final = Deliverable(approved, "reviewDeliverable", name);
        Assert.Equal("APPROVED", final["state"]!.GetValue<string>());
        Assert.Equal(["FILED", "RETURNED", "FILED", "APPROVED"], final["history"]!.AsArray().Select(a => a!["kind"]!.GetValue<string>()));
        Assert.StartsWith("耿马傣族佤族自治县司法局", final["history"]![3]!["agency"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(approved.Data!["reviewDeliverable"]!["progress"]!["deliverablesApproved"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task RefuseTheAgencyApprovingItsOwnDeliverable()
    {
        var agency = await GraphQLClient.SignedInAsync(factory, "gengma-yjj.admin", GraphQLAppFactory.DemoPassword);
        var name = "推行三项制度具体工作方案（备案）";
        await agency.PostAsync(FileMutation, new { t = "gengma-yjj", d = name });

        var response = await agency.PostAsync(ReviewMutation, new { t = "gengma-yjj", d = name, a = true, r = (string?)null });

        Assert.Equal(["DELIVERABLE_SELF_REVIEW"], response.Codes);
    }

    [Fact]
    public async Task RefuseADepartmentOutsideTheAgencysChainAndAnOfficerOfTheAgency()
    {
        var elsewhere = await GraphQLClient.SignedInAsync(factory, "yunnan-sft.supervisor", GraphQLAppFactory.DemoPassword);
        var officer = await GraphQLClient.SignedInAsync(factory, "shanxi-rfb.officer", GraphQLAppFactory.DemoPassword);

        var review = await elsewhere.PostAsync(ReviewMutation, new { t = "shanxi-rfb", d = "推行三项制度工作总结", a = true, r = (string?)null });
        var filing = await officer.PostAsync(FileMutation, new { t = "shanxi-rfb", d = "推行三项制度工作总结" });

        Assert.Equal(["FORBIDDEN"], review.Codes);
        Assert.Equal(["FORBIDDEN"], filing.Codes);
    }

    [Fact]
    public async Task MarkALedgerTaskDoneByAReportWithEvidenceAndRefuseALaterReport()
    {
        var admin = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);
        const string report = """
            mutation($e: [PlanEvidenceInput!]!, $c: Boolean!, $id: Int!) {
              updateLedgerTask(input: { tenantId: "xuchang", taskId: $id, note: "已在市政府门户网站建立链接", evidence: $e, completes: $c }) {
                ledgerTasks { id state overdue reports { by note completes evidence { title } } }
              }
            }
            """;

        var withoutEvidence = await admin.PostAsync(report, new { id = 2, c = true, e = Array.Empty<object>() });
        var done = await admin.PostAsync(report, new { id = 2, c = true, e = new[] { new { title = "门户网站链接截图" } } });
        var again = await admin.PostAsync(report, new { id = 2, c = false, e = Array.Empty<object>() });
        var longTerm = await admin.PostAsync(report, new { id = 3, c = true, e = new[] { new { title = "主体清单" } } });

        Assert.Equal(["VALIDATION_FAILED"], withoutEvidence.Codes);
        Assert.Empty(done.Codes);
        var task = done.Data!["updateLedgerTask"]!["ledgerTasks"]!.AsArray().Single(t => t!["id"]!.GetValue<int>() == 2)!;
        Assert.Equal("DONE", task["state"]!.GetValue<string>());
        Assert.False(task["overdue"]!.GetValue<bool>());
        Assert.Equal("门户网站链接截图", task["reports"]![0]!["evidence"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(["LEDGER_TASK_DONE"], again.Codes);
        Assert.Equal(["LEDGER_TASK_LONG_TERM"], longTerm.Codes);
    }

    [Fact]
    public async Task LetTheSupervisingDepartmentReadTheLedgerButNotReportForTheAgency()
    {
        var supervisor = await GraphQLClient.SignedInAsync(factory, "henan-sft.supervisor", GraphQLAppFactory.DemoPassword);

        var read = await supervisor.PostAsync("""{ tenant(id: "xuchang") { plan { progress { tasks tasksComplete tasksOverdue } } } }""");
        var report = await supervisor.PostAsync("""
            mutation { updateLedgerTask(input: { tenantId: "xuchang", taskId: 5, note: "代为报送", evidence: [], completes: false }) { title } }
            """);

        Assert.Empty(read.Codes);
        Assert.Equal(43, read.Data!["tenant"]!["plan"]!["progress"]!["tasks"]!.GetValue<int>());
        Assert.Equal(["FORBIDDEN"], report.Codes);
    }

    [Fact]
    public async Task RollUpTheLedgerOfEveryAgencyBelowTheProvinceAndRefuseAnAgencyBelowIt()
    {
        var province = await GraphQLClient.SignedInAsync(factory, "henan-sft.supervisor", GraphQLAppFactory.DemoPassword);
        var city = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);
        const string Query = "{ rollup(tenantId: \"henan-sft\") { descendants overdueTasks onTimeRate indicators { id name numerator denominator value } phases { name agencies } } }";

        var rollup = await province.PostAsync(Query);
        var refused = await city.PostAsync(Query);

        Assert.Empty(rollup.Codes);
        var answer = rollup.Data!["rollup"]!;
        Assert.True(answer["descendants"]!.GetValue<int>() >= 1);
        var completion = answer["indicators"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == "ledger-completion")!;
        Assert.Equal("台账完成率", completion["name"]!.GetValue<string>());
        Assert.Equal(43, completion["denominator"]!.GetValue<int>());
        Assert.True(answer["overdueTasks"]!.GetValue<int>() > 0);
        Assert.Equal(["FORBIDDEN"], refused.Codes);
    }

    [Fact]
    public async Task CountAnAddedOfficersCertificateInTheAgencysIndicatorsAndItsSupervisorsDrillDown()
    {
        var agency = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);
        var supervisor = await GraphQLClient.SignedInAsync(factory, "xintian-sfj.supervisor", GraphQLAppFactory.DemoPassword);
        const string Own = "{ agencyIndicators(tenantId: \"xintian-scjg\") { id name numerator denominator } }";
        const string Branches = "{ rollupBranches(tenantId: \"xintian-sfj\") { agencyId agencyName rollup { descendants indicators { id numerator denominator } } } }";
        const string Add = "mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }";

        var before = await agency.PostAsync(Own);
        var valid = await agency.PostAsync(Add, new { i = new { tenantId = "xintian-scjg", name = "钱七", unit = "执法大队", certificateNumber = "GQL-IND-1", categories = new[] { "行政处罚" }, validFrom = "2024-01-01", validTo = "2099-12-31", isReviewer = false, hasLegalQualification = false } });
        var expired = await agency.PostAsync(Add, new { i = new { tenantId = "xintian-scjg", name = "孙八", unit = "执法大队", certificateNumber = "GQL-IND-2", categories = new[] { "行政处罚" }, validFrom = "2015-01-01", validTo = "2020-12-31", isReviewer = false, hasLegalQualification = false } });
        var after = await agency.PostAsync(Own);
        var drill = await supervisor.PostAsync(Branches);
        var refused = await agency.PostAsync(Branches);

        Assert.Empty(before.Codes.Concat(valid.Codes).Concat(expired.Codes).Concat(after.Codes).Concat(drill.Codes));
        var (was, now) = (Certification(before.Data!["agencyIndicators"]!), Certification(after.Data!["agencyIndicators"]!));
        Assert.Equal("持证率", now["name"]!.GetValue<string>());
        Assert.Equal((Counts(was).Numerator + 1, Counts(was).Denominator + 2), Counts(now));
        var branch = drill.Data!["rollupBranches"]!.AsArray().Single(b => b!["agencyId"]!.GetValue<string>() == "xintian-scjg")!;
        Assert.Equal("新田县市场监督管理局", branch["agencyName"]!.GetValue<string>());
        Assert.Equal(Counts(now), Counts(Certification(branch["rollup"]!["indicators"]!)));
        Assert.Equal(["FORBIDDEN"], refused.Codes);
    }

    private static System.Text.Json.Nodes.JsonNode Certification(System.Text.Json.Nodes.JsonNode indicators) =>
        indicators.AsArray().Single(i => i!["id"]!.GetValue<string>() == "certification")!;

    private static (int Numerator, int Denominator) Counts(System.Text.Json.Nodes.JsonNode indicator) =>
        (indicator["numerator"]!.GetValue<int>(), indicator["denominator"]!.GetValue<int>());

    private static System.Text.Json.Nodes.JsonNode Deliverable(GraphQLResponse response, string field, string name) =>
        response.Data![field]!["deliverables"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == name)!;
}
