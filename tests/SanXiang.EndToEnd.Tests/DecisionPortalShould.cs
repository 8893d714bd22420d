using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// 处罚决定公示 on a phone (390 × 844): a citizen's penalty decided and published through the API, then found on the
/// agency's portal page by the masked party name, with its 验证 link, and without the party's full name anywhere.
/// </summary>
public sealed partial class DecisionPortalShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";
    private const string DemoPassword = "SanXiang@2026";

    [Fact]
    public async Task FindAPublishedDecisionOnThePortalAt390Pixels()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, app.BaseAddress, Chromium.Phone);
        browser.SetDefaultTimeout(30_000);
        var page = await Chromium.PageAsync(browser);
        var passed = false;
        try
        {
            await Chromium.SignInAsync(page, $"{Tenant}.admin", DemoPassword);
            var caseId = await DecideAsync(browser.APIRequest, "E2E4311282");
            var number = await PublishAsync(browser.APIRequest, caseId);

            await page.GotoAsync($"/gs/{Tenant}/decisions");
            await page.FillAsync(".decisions-text", "刘某某");
            await page.ClickAsync(".decisions-submit");
            await page.WaitForURLAsync(new Regex("q=", RegexOptions.None));
            var row = page.Locator(".decision").Filter(new() { HasText = number });
            await row.WaitForAsync();

            Assert.Equal("刘某某", (await row.Locator(".decision-party").InnerTextAsync()).Trim());
            var verify = await row.Locator(".decision-verify").GetAttributeAsync("href");
            Assert.Matches(@"^/public/xintian-scjg/proof\?case=[^&]+&seq=\d+$", verify);
            Assert.DoesNotContain("刘德华", await page.ContentAsync(), StringComparison.Ordinal);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the portal page scrolls sideways at 390 px");
            var box = await row.BoundingBoxAsync() ?? throw new InvalidOperationException("no decision row");
            Assert.True(box.X >= 0 && box.X + box.Width <= Chromium.Phone.Width, $"the decision runs off the screen ({box.X} + {box.Width})");

            await page.FillAsync(".decisions-text", "没有这个当事人");
            await page.ClickAsync(".decisions-submit");
            await page.Locator(".decisions-empty").WaitForAsync();
            passed = true;
        }
        finally
        {
            if (!passed)
            {
                var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "portal-decisions.png");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                output.WriteLine($"screenshot: {path}");
                output.WriteLine(app.Log);
            }
        }
    }

    [Fact]
    public async Task PublishADecisionFromTheConsoleAsPreviewed()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, app.BaseAddress);
        browser.SetDefaultTimeout(30_000);
        var page = await Chromium.PageAsync(browser);
        var passed = false;
        try
        {
            await Chromium.SignInAsync(page, $"{Tenant}.admin", DemoPassword);
            var caseId = await DecideAsync(browser.APIRequest, "E2E4311283");

            await page.GotoAsync($"/t/{Tenant}/disclosures");
            await page.Locator(".disclosure-statuses[data-interactive=true]").WaitForAsync();
            var row = page.Locator(".disclosure-table tr").Filter(new() { HasText = caseId });
            Assert.Contains("刘德华", await row.InnerTextAsync(), StringComparison.Ordinal);
            await row.Locator(".disclosure-pick").ClickAsync();
            await page.Locator(".disclosure-preview").ClickAsync();
            var masked = page.Locator(".disclosure-record[data-record=masked]");
            await masked.WaitForAsync();

            Assert.Equal("刘某某", (await masked.Locator(".record-party").InnerTextAsync()).Trim());
            Assert.DoesNotContain("13912345678", await masked.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("刘德华", (await page.Locator(".disclosure-record[data-record=original] .record-party").InnerTextAsync()).Trim());
            await page.Locator(".disclosure-publish").ClickAsync();
            await page.Locator(".disclosure-done").Or(page.Locator(".disclosure-error")).First.WaitForAsync();
            Assert.Equal(0, await page.Locator(".disclosure-error").CountAsync());
            Assert.Contains("已公示", await page.Locator(".disclosure-panel .disclosure-status").InnerTextAsync(), StringComparison.Ordinal);

            await page.GotoAsync($"/gs/{Tenant}/decisions?q={Uri.EscapeDataString("刘某某")}");
            await page.Locator(".decision").First.WaitForAsync();
            passed = true;
        }
        finally
        {
            if (!passed)
            {
                var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "console-disclosures.png");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                output.WriteLine($"screenshot: {path}");
                output.WriteLine(app.Log);
            }
        }
    }

    // Publishes the case's decision exactly as previewed; returns its document number.
    private static async Task<string> PublishAsync(IAPIRequestContext api, string caseId)
    {
        var preview = await ConsoleApi.PostAsync(api, "query($t: ID!, $c: ID!) { disclosurePreview(tenantId: $t, caseId: $c) { hash masked { documentNumber } } }", new { t = Tenant, c = caseId });
        var shown = preview.GetProperty("disclosurePreview");
        await ConsoleApi.PostAsync(api, "mutation($i: PublishDisclosureInput!) { publishDisclosure(input: $i) { status } }", new
        {
            i = new { tenantId = Tenant, caseId, shownHash = shown.GetProperty("hash").GetString() },
        });
        return shown.GetProperty("masked").GetProperty("documentNumber").GetString()!;
    }

    // A 5 000-yuan fine for 刘德华, walked from 立案 to 决定 as the officers would; returns the case's id.
    private static async Task<string> DecideAsync(IAPIRequestContext api, string certificates)
    {
        string[] team = [$"{certificates}1", $"{certificates}2"];
        await ConsoleApi.AddOfficerAsync(api, Tenant, "张明", team[0]);
        await ConsoleApi.AddOfficerAsync(api, Tenant, "李华", team[1]);
        var opened = await ConsoleApi.PostAsync(api, "mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }", new
        {
            i = new { tenantId = Tenant, title = "销售超过保质期的食品案", category = "PENALTY", party = new { name = "刘德华", kind = "CITIZEN", idCode = "431128199001010011" }, officerIds = team, proposedFine = 5000m },
        });
        var caseId = opened.GetProperty("openCase").GetProperty("id").GetString()!;

        async Task IssueAsync(string step, string kind) =>
            await ConsoleApi.PostAsync(api, "mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { id } }", new { i = new { tenantId = Tenant, caseId, stepId = step, kind, fields = TemplateFields.For(kind) } });
        async Task CompleteAsync(string step, string? avOverrideReason = null) =>
            await ConsoleApi.PostAsync(api, "mutation($i: CompleteStepInput!) { completeStep(input: $i) { id } }", new { i = new { tenantId = Tenant, caseId, stepId = step, officerIds = team, avOverrideReason } });
        async Task SkipAsync(string step, string reason) =>
            await ConsoleApi.PostAsync(api, "mutation($i: SkipStepInput!) { skipStep(input: $i) { id } }", new { i = new { tenantId = Tenant, caseId, stepId = step, reason } });

        await IssueAsync("filing", "case-source-register");
        await IssueAsync("filing", "filing-approval");
        await CompleteAsync("filing");
        await IssueAsync("investigation", "on-site-record");
        await IssueAsync("investigation", "inquiry-record");
        await CompleteAsync("investigation", "现场检查时执法记录仪故障，已由两名执法人员签字说明");
        await SkipAsync("evidence-preservation", "证据不存在灭失或者难以取得的情形");
        await IssueAsync("examination", "investigation-report");
        await CompleteAsync("examination");
        await IssueAsync("notification", "penalty-notice");
        await CompleteAsync("notification");
        await SkipAsync("hearing", "当事人在告知后五个工作日内未要求听证");
        await SkipAsync("legal-review", "不属于重大执法决定法制审核目录清单所列情形");
        await SkipAsync("collective-discussion", "案情简单，不属于情节复杂或者重大违法行为");
        await ConsoleApi.PostAsync(api, "mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { id } }", new
        {
            i = new { tenantId = Tenant, caseId, kinds = new[] { "FINE" }, fine = 5000m, legalBasis = "《中华人民共和国食品安全法》第一百二十四条", factsSummary = "刘德华（联系电话13912345678）销售超过保质期的食品" },
        });
        await IssueAsync("decision", "penalty-decision");
        await CompleteAsync("decision");
        return caseId;
    }
}
