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

    /// <summary>A phone's screen in portrait (390 × 844 CSS pixels, as an iPhone 12–14), for the field officer's pages.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static async Task<IBrowserContext> LaunchAsync(IPlaywright playwright, Uri baseAddress, ViewportSize? viewport = null)
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
            ViewportSize = viewport ?? new() { Width = 1400, Height = 1000 },
            IsMobile = viewport == Phone,
            HasTouch = viewport == Phone,
        });
    }

    public static async Task<IPage> PageAsync(IBrowserContext browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
    }
}
