using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// Each kind of user signs in and lands where their work is, seeing only what they may do: the
/// officer (on a phone) his cases, the legal reviewer the reviewer's home, the supervising
/// department the agencies it oversees, read-only.
/// </summary>
public sealed partial class RoleHomesShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";
    private const string DemoPassword = "SanXiang@2026";

    [Fact]
    public async Task LandEachRoleOnItsHomeWithOnlyTheActionsItMayTake()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        var passed = false;
        try
        {
            // The agency's administrator adds the officer with his sign-in account, and a second one without.
            string caseId;
            await using (var admin = await SignedInAsync(playwright, app, $"{Tenant}.admin", viewport: null))
            {
                var page = await Chromium.PageAsync(admin);
                await page.GotoAsync($"/t/{Tenant}/officers");
                await page.Locator(".officer-form[data-interactive=true]").WaitForAsync();
                await FillAsync(page.Locator(".officer-name input"), "张明");
                await FillAsync(page.Locator(".officer-unit input"), "执法大队");
                await FillAsync(page.Locator(".officer-certificate input"), "E2E43112821");
                await FillAsync(page.Locator(".officer-valid-from input"), "2024-01-01");
                await FillAsync(page.Locator(".officer-valid-to input"), "2030-12-31");
                await FillAsync(page.Locator(".officer-account input"), $"{Tenant}.officer");
                await page.Locator(".officer-category-Penalty input").CheckAsync();
                await page.ClickAsync(".officer-add");
                await page.Locator(".officer-form", new() { HasTextString = "已添加执法人员“张明”" }).WaitForAsync();
                await ConsoleApi.AddOfficerAsync(admin.APIRequest, Tenant, "李华", "E2E43112822");
                caseId = await ConsoleApi.OpenCaseAsync(admin.APIRequest, Tenant, "销售超过保质期的食品案", "新田县某某食品超市有限公司", "91431128MA4L123459", ["E2E43112821", "E2E43112822"]);
            }

            // The officer, on his phone: 我的案件 with the case, one click to go on with it.
            await using (var officer = await SignedInAsync(playwright, app, $"{Tenant}.officer", Chromium.Phone))
            {
                var page = await Chromium.PageAsync(officer);
                await page.WaitForURLAsync(MyCasesUrl());
                await page.Locator(".my-cases-summary[data-interactive=true]").WaitForAsync();
                Assert.Contains("张明（E2E43112821）", await page.Locator(".my-cases-summary").InnerTextAsync(), StringComparison.Ordinal);
                var card = page.Locator($".my-case[data-case='{caseId}']");
                Assert.Contains("当前环节：立案", await card.InnerTextAsync(), StringComparison.Ordinal);
                await card.Locator(".my-case-continue").ClickAsync();
                await page.Locator(".case-page[data-interactive=true]").WaitForAsync();
                Assert.Equal(1, await page.Locator(".step-form").CountAsync());
                await ScreenshotAsync(page, "officer-case.png");
            }

            // The legal reviewer: the review queue; no 新建案件 (the server refuses a reviewer's 立案 too).
            await using (var reviewer = await SignedInAsync(playwright, app, $"{Tenant}.reviewer", viewport: null))
            {
                var page = await Chromium.PageAsync(reviewer);
                await page.WaitForURLAsync(ReviewsUrl());
                await page.GotoAsync($"/t/{Tenant}/cases");
                await page.Locator(".case-count[data-interactive=true]").WaitForAsync();
                Assert.Equal(0, await page.Locator(".new-case-button").CountAsync());
            }

            // The supervising department: the agencies it oversees; the case is readable, nothing to act on.
            await using (var supervisor = await SignedInAsync(playwright, app, "xintian-sfj.supervisor", viewport: null))
            {
                var page = await Chromium.PageAsync(supervisor);
                Assert.Equal("/", new Uri(page.Url).AbsolutePath);
                await page.Locator(".nav-agencies").WaitForAsync();
                Assert.Equal(0, await page.Locator(".nav-cases, .nav-my-cases, .nav-officers, .nav-plugins").CountAsync());
                await page.GotoAsync($"/t/{Tenant}/cases/{Uri.EscapeDataString(caseId)}");
                await page.Locator(".case-page[data-interactive=true]").WaitForAsync();
                Assert.Equal(0, await page.Locator(".step-form").CountAsync());
                await page.GotoAsync($"/t/{Tenant}/cases");
                await page.Locator(".case-count[data-interactive=true]").WaitForAsync();
                Assert.Equal(0, await page.Locator(".new-case-button").CountAsync());
            }

            passed = true;
        }
        finally
        {
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    private static Task<IBrowserContext> SignedInAsync(IPlaywright playwright, WebAppProcess app, string userName, ViewportSize? viewport) =>
        Chromium.SignedInAsync(playwright, app, userName, DemoPassword, viewport);

    private static async Task FillAsync(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    [GeneratedRegex("/t/xintian-scjg/my-cases$")]
    private static partial Regex MyCasesUrl();

    [GeneratedRegex("/t/xintian-scjg/reviews$")]
    private static partial Regex ReviewsUrl();
}
