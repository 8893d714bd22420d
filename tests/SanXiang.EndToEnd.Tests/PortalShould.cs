using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

/// <summary>
/// The public portal on a phone (390 × 844), by someone who never signs in: the directory, an agency's page with its
/// flowcharts, an officer looked up by certificate number, the certificate's status and its QR code.
/// </summary>
public sealed partial class PortalShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";
    private const string Tenant = "xintian-scjg";
    private const string DemoPassword = "SanXiang@2026";
    private const string Certificate = "GS43112820260001";

    [Fact]
    public async Task LetAnyoneCheckAnOfficersCertificateOnAPhone()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        await AddOfficerAsync(playwright, app.BaseAddress);
        await using var browser = await Chromium.LaunchAsync(playwright, app.BaseAddress, Chromium.Phone);
        browser.SetDefaultTimeout(30_000);
        var page = await Chromium.PageAsync(browser);
        var passed = false;
        try
        {
            await page.GotoAsync("/gs");
            Assert.Equal("执法机关目录", await page.Locator("h1").InnerTextAsync());
            await AssertNoSidewaysScrollAsync(page, "the directory");
            await ScreenshotAsync(page, "portal-directory.png");

            await page.Locator($"a[href='/gs/{Tenant}']").First.ClickAsync();
            // Blazor's enhanced navigation changes the address before it patches the page: wait for the page itself.
            await page.WaitForURLAsync(AgencyPage());
            await page.Locator("h1", new() { HasText = "新田县市场监督管理局" }).WaitForAsync();
            Assert.True(await page.Locator("#flowcharts svg g.flow-step").CountAsync() > 0, "the agency page draws no flowchart");
            await AssertNoSidewaysScrollAsync(page, "the agency page");
            await ScreenshotAsync(page, "portal-agency.png");

            await page.FillAsync("#officer-lookup", Certificate.ToLowerInvariant());
            await page.Locator("form.lookup button[type=submit]").First.ClickAsync();
            await page.WaitForURLAsync(new Regex("officer=", RegexOptions.IgnoreCase));
            await page.Locator(".lookup-results a.officer-link", new() { HasText = "周明" }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/gs/{Tenant}/officers/{Certificate}$"));
            await page.Locator("h1", new() { HasText = "执法人员：周明" }).WaitForAsync();
            Assert.Equal("有效", await page.Locator(".certificate-status .status").InnerTextAsync());
            var qr = page.Locator(".qr-code svg");
            Assert.True(await qr.IsVisibleAsync(), "the QR code is not shown");
            var box = await qr.BoundingBoxAsync() ?? throw new InvalidOperationException("no QR code box");
            Assert.True(box.Width >= 150 && box.X >= 0 && box.X + box.Width <= Chromium.Phone.Width, $"QR code {box.Width}px wide at {box.X}");
            Assert.Equal($"{app.BaseAddress.ToString().TrimEnd('/')}/gs/{Tenant}/officers/{Certificate}", await page.Locator(".qr-code").GetAttributeAsync("data-url"));
            await AssertNoSidewaysScrollAsync(page, "the officer page");
            await ScreenshotAsync(page, "portal-officer.png");
            passed = true;
        }
        finally
        {
            await ScreenshotAsync(page, "portal-last.png");
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    // The officer is added by the agency's administrator through the API, apart from the browser, which stays signed out.
    private static async Task AddOfficerAsync(IPlaywright playwright, Uri baseAddress)
    {
        await using var api = await playwright.APIRequest.NewContextAsync(new() { BaseURL = baseAddress.ToString() });
        var login = await ConsoleApi.PostAsync(api, "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", new { u = $"{Tenant}.admin", p = DemoPassword });
        var token = login.GetProperty("login").GetProperty("token").GetString();
        await using var signedIn = await playwright.APIRequest.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        });
        await ConsoleApi.AddOfficerAsync(signedIn, Tenant, "周明", Certificate);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways");

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    [GeneratedRegex("/gs/xintian-scjg$")]
    private static partial Regex AgencyPage();
}
