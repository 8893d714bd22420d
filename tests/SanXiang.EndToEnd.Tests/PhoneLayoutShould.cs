using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// The console on a phone (390 × 844) as a field officer holds it: the top bar, a case's header and
/// the case list must read as text, not as a column of single characters.
/// </summary>
public sealed class PhoneLayoutShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";
    private const string DemoPassword = "SanXiang@2026";

    private const string TopBar = "header.mud-appbar";
    private const string Title = ".top-bar-title";
    private const string UserName = ".top-bar-user";
    private const string FactLabels = ".case-header .case-fact-label";

    // How many lines a box's text takes: one client rect per line box (several per line when inline
    // elements split it, so lines are counted by their tops).
    private const string LineCount =
        "el => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size; }";

    // Whether a box is narrower than its text needs on one line (the text would wrap or be cut off).
    private const string Squeezed = "el => el.scrollWidth > el.clientWidth + 1";

    [Fact]
    public async Task KeepTheTopBarTheCaseHeaderAndTheCaseListReadableAt390Pixels()
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

            await ConsoleApi.AddOfficerAsync(browser.APIRequest, Tenant, "张明", "E2E43112811");
            await ConsoleApi.AddOfficerAsync(browser.APIRequest, Tenant, "李华", "E2E43112812");
            var caseId = await ConsoleApi.OpenCaseAsync(
                browser.APIRequest, Tenant, "销售超过保质期的食品案", "新田县某某食品超市有限公司", "91431128MA4L123459", ["E2E43112811", "E2E43112812"]);

            await page.GotoAsync($"/t/{Tenant}/cases/{Uri.EscapeDataString(caseId)}");
            await page.Locator(".case-page[data-interactive=true]").WaitForAsync();
            await ScreenshotAsync(page, "phone-case.png");

            // The top bar stays one bar high: its title and the user's name each on one line.
            var bar = await page.Locator(TopBar).BoundingBoxAsync() ?? throw new InvalidOperationException("no top bar");
            Assert.True(bar.Height <= 64, $"top bar {bar.Height}px high");
            Assert.Equal(1, await page.Locator(Title).EvaluateAsync<int>(LineCount));
            Assert.Equal(1, await page.Locator(UserName).EvaluateAsync<int>(LineCount));
            Assert.True(bar.Width <= Chromium.Phone.Width, $"top bar {bar.Width}px wide");

            // Every label of the case header (案件编号, 当事人, …) has room for its whole text on one line.
            var labels = page.Locator(FactLabels);
            Assert.True(await labels.CountAsync() >= 6, "the case header lists its facts with labels");
            foreach (var label in await labels.AllAsync())
            {
                var text = await label.InnerTextAsync();
                Assert.True(await label.EvaluateAsync<int>(LineCount) == 1, $"“{text}” takes more than one line");
                Assert.False(await label.EvaluateAsync<bool>(Squeezed), $"“{text}” is narrower than its text");
            }

            // The case id and the party are shown whole, not cut off at the screen's edge.
            foreach (var value in new[] { ".case-header .case-id", ".case-header .case-party" })
            {
                var box = await page.Locator(value).BoundingBoxAsync() ?? throw new InvalidOperationException(value);
                Assert.True(box.X >= 0 && box.X + box.Width <= Chromium.Phone.Width, $"{value} runs off the screen ({box.X} + {box.Width})");
            }

            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the case page scrolls sideways");

            // The tab shows the platform's icon, not the browser's blank page.
            var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href") ?? throw new InvalidOperationException("no favicon link");
            var served = await page.APIRequest.GetAsync(icon);
            Assert.Equal(200, served.Status);
            Assert.StartsWith("image/svg+xml", served.Headers["content-type"], StringComparison.Ordinal);

            // The case list reads as cards: no header row, each cell with its label.
            await page.GotoAsync($"/t/{Tenant}/cases");
            await page.Locator(".case-count[data-interactive=true]").WaitForAsync();
            Assert.False(await page.Locator(".case-table thead").IsVisibleAsync(), "the case list shows a table header on a phone");
            Assert.Equal("案件编号", await page.Locator(".case-table tbody td").First.GetAttributeAsync("data-label"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the case list scrolls sideways");
            await ScreenshotAsync(page, "phone-cases.png");
            passed = true;
        }
        finally
        {
            await ScreenshotAsync(page, "phone-last.png");
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
