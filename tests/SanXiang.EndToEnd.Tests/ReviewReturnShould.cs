using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// Issue 10's return and resubmission in Chromium: a 200 000-yuan fine at 新田县市场监督管理局 is submitted for legal
/// review, shows in the reviewer's queue, comes back with 存在问题, is resubmitted from the case page with the
/// situation note changed, and passes. The reviewer gives his opinions on the case page, signed in as himself, point by
/// point through the seven-point checklist.
/// </summary>
public sealed partial class ReviewReturnShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";
    private const string DemoPassword = "SanXiang@2026";

    [Fact]
    public async Task ReturnAReviewWithProblemsAndPassItAfterTheHandlerResubmitsFromTheCasePage()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, app.BaseAddress);
        browser.SetDefaultTimeout(30_000);
        var page = await Chromium.PageAsync(browser);
        var passed = false;
        try
        {
            await SignInAsync(page, $"{Tenant}.admin");

            // The case through the API (the console's cookie signs it in); the handler's side in the page. The opinions are
            // the demo reviewer's own, given on the case page signed in as him (his account is linked to the agency's demo reviewer).
            var api = browser.APIRequest;
            string[] team = [await AddOfficerAsync(api, "张明", "E2E43112811", false), await AddOfficerAsync(api, "李华", "E2E43112812", false)];
            await using var reviewerBrowser = await Chromium.LaunchAsync(playwright, app.BaseAddress);
            reviewerBrowser.SetDefaultTimeout(30_000);
            var reviewerPage = await Chromium.PageAsync(reviewerBrowser);
            await SignInAsync(reviewerPage, $"{Tenant}.reviewer");
            var caseId = (await PostAsync(api, "mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }", new { i = new { tenantId = Tenant, title = "销售超过保质期的食品案", category = "PENALTY", party = new { name = "新田县某某食品超市有限公司", kind = "ORGANISATION", idCode = "91431128MA4L123459" }, officerIds = team, proposedFine = 200_000m } }))
                .GetProperty("openCase").GetProperty("id").GetString()!;
            await PostAsync(api, "mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { proposal { hash } } }", new { i = new { tenantId = Tenant, caseId, kinds = new[] { "FINE" }, fine = 200_000m, legalBasis = "《中华人民共和国食品安全法》第一百二十四条", factsSummary = "销售超过保质期的食品" } });
            await PostAsync(api, "mutation($i: SubmitForReviewInput!) { submitForReview(input: $i) { id } }", new { i = new { tenantId = Tenant, caseId, situationNote = "当事人销售过期食品，建议罚款二十万元", draftDecision = "新市监罚〔2026〕号行政处罚决定书（草案）", evidence = new[] { "现场检查笔录", "询问笔录" } } });

            await page.GotoAsync($"/t/{Tenant}/reviews");
            await page.Locator(".review-count[data-interactive=true]").WaitForAsync();
            var row = page.Locator(".review-table tbody tr", new() { HasText = caseId });
            Assert.Contains("罚款（罚款200,000元）", await row.InnerTextAsync(), StringComparison.Ordinal);
            await row.Locator("a.review-case-link").ClickAsync();
            await page.WaitForURLAsync(new Regex($"/t/{Tenant}/cases/{caseId}$"));
            await page.Locator(".case-page[data-interactive=true]").WaitForAsync();
            Assert.Equal("审核中", (await page.Locator(".case-review .review-status").InnerTextAsync()).Trim());

            // The reviewer, on the same case page: a first try without the seventh point shows the refusal beside it.
            await reviewerPage.GotoAsync($"/t/{Tenant}/cases/{caseId}");
            await reviewerPage.Locator(".case-page[data-interactive=true]").WaitForAsync();
            Assert.Contains("演示审核员", await reviewerPage.Locator(".review-opinion-form").InnerTextAsync(), StringComparison.Ordinal);
            await FillChecklistAsync(reviewerPage, problem: "LawAndDiscretion", skip: "CrimeTransfer");
            await reviewerPage.Locator(".outcome-HasProblems").ClickAsync();
            await FillAsync(reviewerPage.Locator(".review-reasons textarea"), "罚款数额的裁量理由不充分");
            await reviewerPage.ClickAsync(".review-record");
            await reviewerPage.Locator(".review-check-CrimeTransfer .review-finding-error").WaitForAsync();
            Assert.Contains("第7项", await reviewerPage.Locator(".review-opinion-error").InnerTextAsync(), StringComparison.Ordinal);
            await FillChecklistAsync(reviewerPage, problem: "LawAndDiscretion", only: "CrimeTransfer");
            await reviewerPage.ClickAsync(".review-record");
            await reviewerPage.Locator(".case-review[data-status=Returned]").WaitForAsync();
            Assert.Contains("存在问题", await reviewerPage.Locator(".review-checklist .review-check[data-point=LawAndDiscretion]").InnerTextAsync(), StringComparison.Ordinal);
            await page.ReloadAsync();
            await page.Locator(".case-page[data-interactive=true]").WaitForAsync();
            Assert.Equal("已退回（存在问题）", (await page.Locator(".case-review .review-status").InnerTextAsync()).Trim());
            Assert.Contains("罚款数额的裁量理由不充分", await page.Locator(".case-review .review-opinion").InnerTextAsync(), StringComparison.Ordinal);

            // Unchanged, the engine refuses the resubmission; with the note changed, it goes back to the reviewer.
            await page.ClickAsync(".review-submit");
            await page.Locator(".review-error").WaitForAsync();
            Assert.Contains("未作修改", await page.Locator(".review-error").InnerTextAsync(), StringComparison.Ordinal);
            var note = page.Locator(".review-note textarea");
            await note.FillAsync("已补充裁量说明：货值较大，拒不配合调查，建议罚款二十万元");
            await note.BlurAsync();
            await page.ClickAsync(".review-submit");
            await page.Locator(".case-review[data-status=Pending]").WaitForAsync();

            await reviewerPage.ReloadAsync();
            await reviewerPage.Locator(".case-page[data-interactive=true]").WaitForAsync();
            await FillChecklistAsync(reviewerPage, problem: null);
            await reviewerPage.Locator(".outcome-Agreed").ClickAsync();
            await FillAsync(reviewerPage.Locator(".review-reasons textarea"), "事实清楚，证据确凿，适用依据正确，程序合法");
            await reviewerPage.ClickAsync(".review-record");
            await reviewerPage.Locator(".case-review[data-status=Passed]").WaitForAsync();
            await reviewerPage.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "review-opinion.png"), FullPage = true });
            await page.ReloadAsync();
            await page.Locator(".case-page[data-interactive=true]").WaitForAsync();
            Assert.Equal("审核通过", (await page.Locator(".case-review .review-status").InnerTextAsync()).Trim());

            await page.GotoAsync($"/t/{Tenant}/reviews");
            await page.Locator(".review-count[data-interactive=true]").WaitForAsync();
            Assert.Equal(0, await page.Locator(".review-table tbody tr", new() { HasText = caseId }).CountAsync());
            passed = true;
        }
        finally
        {
            var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "review-return.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            output.WriteLine($"screenshot: {screenshot}");
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    private static readonly string[] Points = ["LawfulBodyAndOfficers", "LawfulProcedure", "FactsAndEvidence", "LawAndDiscretion", "WithinPowers", "Documents", "CrimeTransfer"];

    // The seven points as the reviewer fills them: 符合 with a note, but 存在问题 on <paramref name="problem"/>; <paramref name="skip"/> left open, or only <paramref name="only"/> filled.
    private static async Task FillChecklistAsync(IPage page, string? problem, string? skip = null, string? only = null)
    {
        foreach (var point in Points.Where(p => p != skip && (only is null || p == only)))
        {
            var row = page.Locator($".review-check-{point}");
            await row.Locator(point == problem ? ".finding-Problem" : ".finding-Satisfied").ClickAsync();
            await FillAsync(row.Locator(".review-check-note input"), point == problem ? "罚款数额明显高于本局裁量基准" : "经审查无问题");
        }
    }

    private static async Task FillAsync(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    private static Task SignInAsync(IPage page, string userName) => Chromium.SignInAsync(page, userName, DemoPassword);

    private static async Task<string> AddOfficerAsync(IAPIRequestContext api, string name, string certificate, bool reviewer) =>
        (await PostAsync(api, "mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }", new
        {
            i = new { tenantId = Tenant, name, unit = reviewer ? "法规股" : "执法大队", certificateNumber = certificate, categories = new[] { "行政处罚" }, validFrom = "2024-01-01", validTo = "2030-12-31", isReviewer = reviewer, hasLegalQualification = reviewer },
        })).GetProperty("addOfficer").GetProperty("id").GetString()!;

    private static async Task<JsonElement> PostAsync(IAPIRequestContext api, string query, object variables)
    {
        var response = await api.PostAsync("/graphql", new() { DataObject = new { query, variables } });
        var body = await response.TextAsync();
        Assert.True(response.Ok, body);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
        return json.RootElement.GetProperty("data").Clone();
    }
}
