using Microsoft.Playwright;

namespace SanXiang.EndToEnd.Tests;

/// <summary>Debian's Chromium (never a downloaded browser build), headless, in a fresh profile, pointed at the app.</summary>
internal static class Chromium
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowserContext> LaunchAsync(IPlaywright playwright, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var userDataDir = Directory.CreateTempSubdirectory("sanxiang-chromium-").FullName;
        return await playwright.Chromium.LaunchPersistentContextAsync(userDataDir, new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = Args,
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new() { Width = 1400, Height = 1000 },
        });
    }

    public static async Task<IPage> PageAsync(IBrowserContext browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
    }
}
