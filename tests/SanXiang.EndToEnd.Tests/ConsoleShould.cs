using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SanXiang.EndToEnd.Tests;

public sealed partial class ConsoleShould(ITestOutputHelper output)
{
    private const string AdminPassword = "E2e-Admin-Passw0rd!";

    [Fact]
    public async Task ShowXuchangsWholeLedgerToTheSignedInAdministrator()
    {
        await using var app = await WebAppProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(120));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, app.BaseAddress);
        var page = await Chromium.PageAsync(browser);
        var passed = false;
        try
        {
            await page.GotoAsync("/t/xuchang/ledger");
            await page.WaitForURLAsync(LoginUrl());
            await page.FillAsync("#userName", "admin");
            await page.FillAsync("#password", AdminPassword);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(LedgerUrl());

            // Wait for the live circuit: the prerendered HTML says data-interactive="false".
            var count = page.Locator(".ledger-count[data-interactive=true]");
            await count.WaitForAsync(new() { Timeout = 30_000 });
            Assert.Contains("共 43 项，当前显示 43 项", await count.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(43, await page.Locator(".ledger-table tbody tr").CountAsync());

            await page.GetByLabel("举措或责任单位包含").FillAsync("统计年报");
            await page.Locator(".ledger-count").Filter(new() { HasNotTextRegex = AllRows() }).WaitForAsync();
            Assert.True(await page.Locator(".ledger-table tbody tr").CountAsync() < 43);
            await page.GetByLabel("举措或责任单位包含").FillAsync(string.Empty);
            await page.Locator(".ledger-count", new() { HasTextString = "当前显示 43 项" }).WaitForAsync();
            passed = true;
        }
        finally
        {
            var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "xuchang-ledger.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            output.WriteLine($"screenshot: {screenshot}");
            if (!passed)
            {
                output.WriteLine(app.Log);
            }
        }
    }

    [GeneratedRegex("/login")]
    private static partial Regex LoginUrl();

    [GeneratedRegex("/t/xuchang/ledger$")]
    private static partial Regex LedgerUrl();

    [GeneratedRegex("当前显示 43 项")]
    private static partial Regex AllRows();
}
