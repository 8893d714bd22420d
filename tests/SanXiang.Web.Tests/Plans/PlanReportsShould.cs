using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using SanXiang.Plugins.Tests;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Plans;

/// <summary>The self-check report and the summary, generated as .docx from the plan's record and read back through LibreOffice.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class PlanReportsShould(GraphQLAppFactory factory)
{
    private const string Tenant = "yuxi-sfj";

    [Fact]
    public async Task WriteTheFilingsTheReturnAndTheOverdueItemsIntoTheSelfCheckReport()
    {
        var agency = await GraphQLClient.SignedInAsync(factory, "yuxi-sfj.admin", GraphQLAppFactory.DemoPassword);
        var province = await GraphQLClient.SignedInAsync(factory, "yunnan-sft.supervisor", GraphQLAppFactory.DemoPassword);
        var filed = await agency.PostAsync("""
            mutation { fileDeliverable(input: { tenantId: "yuxi-sfj", deliverable: "行政执法人员情况公示",
              evidence: [{ title: "《玉溪市司法局行政执法人员名单》", documentNumber: "玉司发〔2019〕21号" }] }) { progress { deliverables } } }
            """);
        var returned = await province.PostAsync("""
            mutation { reviewDeliverable(input: { tenantId: "yuxi-sfj", deliverable: "行政执法人员情况公示", approve: false, remark: "缺少证件有效期" }) { progress { deliverables } } }
            """);
        Assert.Empty(filed.Codes.Concat(returned.Codes));

        var text = await PrintedAsync(await DownloadAsync("yuxi-sfj.admin", "self-check"));

        Assert.Contains("玉溪市司法局", text, StringComparison.Ordinal);
        Assert.Contains("关于推行行政执法三项制度的自查报告", text, StringComparison.Ordinal);
        Assert.Contains("云南省司法厅：", text, StringComparison.Ordinal);
        Assert.Contains("玉司发〔2019〕21号", text, StringComparison.Ordinal);
        Assert.Contains("“行政执法人员情况公示”被上级退回，意见为：缺少证件有效期", text, StringComparison.Ordinal);
        Assert.Contains("“执法工作手册（细化完善的有关制度汇编）”应于", text, StringComparison.Ordinal);
        Assert.Contains("报送材料审核通过率", text, StringComparison.Ordinal);
        Assert.Contains("持证率", text, StringComparison.Ordinal);
        Assert.Contains("在期限内公示的行政执法决定", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CiteTheEvidenceOfADoneTaskAndGatherTheLongTermTasksStillOwingAReport()
    {
        var admin = await GraphQLClient.SignedInAsync(factory, "xuchang.admin", GraphQLAppFactory.DemoPassword);
        var done = await admin.PostAsync("""
            mutation { updateLedgerTask(input: { tenantId: "xuchang", taskId: 1, note: "已公布", completes: true,
              evidence: [{ title: "《许昌市行政执法主体清单》", documentNumber: "许政办〔2019〕30号" }] }) { title } }
            """);
        Assert.Empty(done.Codes);

        var text = await PrintedAsync(await DownloadAsync("xuchang.admin", "self-check", "xuchang"));

        Assert.Contains("台账第1项", text, StringComparison.Ordinal);
        Assert.Contains("佐证材料：《许昌市行政执法主体清单》（许政办〔2019〕30号）", text, StringComparison.Ordinal);
        Assert.Contains("长期执行的台账任务中，第", text, StringComparison.Ordinal);
        Assert.DoesNotContain("实施方案未列工作任务分解台账", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetTheSupervisingDepartmentGenerateTheAgencysSummary()
    {
        var text = await PrintedAsync(await DownloadAsync("yunnan-sft.supervisor", "summary"));

        Assert.Contains("推行行政执法三项制度工作总结", text, StringComparison.Ordinal);
        Assert.Contains("下一步工作打算", text, StringComparison.Ordinal);
        Assert.Contains("台账完成率", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TabulateEachAgencyBelowTheDepartmentInItsAnnualAssessment()
    {
        var text = await PrintedAsync(await DownloadAsync("yunnan-sft.supervisor", "assessment", "yunnan-sft"));

        Assert.Contains("云南省司法厅", text, StringComparison.Ordinal);
        Assert.Contains("所辖机关推行行政执法三项制度年度考评表", text, StringComparison.Ordinal);
        Assert.Contains("1．玉溪市司法局（含下属机关共1个）", text, StringComparison.Ordinal);
        Assert.Matches(@"持证率\d+\.\d%（\d+/\d+）", text);
        Assert.Contains("指标计算方法", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAnAssessmentOfAnAgencyWithNothingBelowIt()
    {
        using var client = await ClientAsync("yuxi-sfj.admin");

        using var response = await client.GetAsync($"/t/{Tenant}/plan/assessment.docx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有下级机关", (await response.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAnAgencyOutsideTheReadersReach()
    {
        using var client = await ClientAsync("xuchang.admin");

        using var response = await client.GetAsync($"/t/{Tenant}/plan/self-check.docx");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswerNotFoundForAReportThatDoesNotExist()
    {
        using var client = await ClientAsync("yuxi-sfj.admin");

        using var response = await client.GetAsync($"/t/{Tenant}/plan/annual.docx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RefuseAMissingNoticeDraftAsItRefusesAMissingReport()
    {
        using var client = await ClientAsync("henan-sft.supervisor");

        using var notice = await client.GetAsync("/t/henan-sft/supervision/no-such-inspection/rectifications/R1/notice.docx");
        using var report = await client.GetAsync($"/t/{Tenant}/plan/annual.docx");

        var refusals = new[] { notice, report };
        Assert.All(refusals, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.All(refusals, r => Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType));
        var body = (await notice.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("INSPECTION_NOT_FOUND", body["code"]!.GetValue<string>());
        Assert.Contains("未找到", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<byte[]> DownloadAsync(string user, string report, string tenant = Tenant)
    {
        using var client = await ClientAsync(user);
        using var response = await client.GetAsync($"/t/{tenant}/plan/{report}.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<HttpClient> ClientAsync(string user)
    {
        var login = await GraphQLClient.SignedInAsync(factory, user, GraphQLAppFactory.DemoPassword);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.Token);
        return client;
    }

    // What LibreOffice prints of the document, without the line breaks and spaces its layout puts in.
    private static async Task<string> PrintedAsync(byte[] docx)
    {
        var directory = Directory.CreateTempSubdirectory("sanxiang-plan-report-").FullName;
        try
        {
            var file = Path.Combine(directory, "report.docx");
            await File.WriteAllBytesAsync(file, docx);
            await LibreOffice.ConvertToPdfAsync(directory, [file]);
            return string.Concat((await LibreOffice.PdfTextAsync(Path.Combine(directory, "report.pdf"))).Where(c => !char.IsWhiteSpace(c)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
